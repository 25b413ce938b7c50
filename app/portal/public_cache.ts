/**
 * The citizen-facing cache: merged views and rendered public pages per
 * kommune, kept in process memory. Entries live until the content they were
 * built from changes — never on a timer — so the rule is simple: every
 * write that a citizen could see calls `invalidateKommune` (supplement,
 * policy, own article, kommune settings) or `invalidateAll` (national
 * content). `PublicCacheBus` repeats each invalidation on every other
 * instance.
 *
 * Values are stored as promises so concurrent misses compute once; a
 * computation that finishes after an invalidation is not kept.
 */
export type Invalidation = { scope: 'kommune'; kommuneId: number } | { scope: 'all' }

type Listener = (invalidation: Invalidation) => void

/** Upper bound on entries per kommune (search pages could otherwise grow it freely). */
const MAX_ENTRIES_PER_KOMMUNE = 2000

export class PublicCache {
  #byKommune = new Map<number, Map<string, Promise<unknown>>>()
  #listeners: Listener[] = []
  #generation = 0

  /** The cached value of `key` for the kommune, computing it on a miss. */
  remember<T>(kommuneId: number, key: string, compute: () => Promise<T>): Promise<T> {
    let entries = this.#byKommune.get(kommuneId)
    const hit = entries?.get(key)
    if (hit) return hit as Promise<T>
    if (!entries) {
      entries = new Map()
      this.#byKommune.set(kommuneId, entries)
    }
    if (entries.size >= MAX_ENTRIES_PER_KOMMUNE) entries.clear()
    const generation = this.#generation
    const owner = entries
    const pending = compute().catch((error) => {
      owner.delete(key)
      throw error
    })
    pending.then(() => {
      // Invalidated while computing: the value may predate the change.
      if (this.#generation !== generation && owner.get(key) === pending) owner.delete(key)
    }, noop)
    owner.set(key, pending)
    return pending
  }

  /** Drop what this instance holds for one kommune, and tell the others. */
  invalidateKommune(kommuneId: number) {
    this.apply({ scope: 'kommune', kommuneId })
    this.#announce({ scope: 'kommune', kommuneId })
  }

  /** National content changed: every kommune's view may differ. */
  invalidateAll() {
    this.apply({ scope: 'all' })
    this.#announce({ scope: 'all' })
  }

  /** Applies an invalidation locally (the bus calls this for other instances' changes). */
  apply(invalidation: Invalidation) {
    this.#generation++
    if (invalidation.scope === 'all') return this.#byKommune.clear()
    this.#byKommune.delete(invalidation.kommuneId)
    // Slot 0 holds lookups across kommuner (a kommune by slug): a renamed
    // kommune must not be found under its old slug.
    this.#byKommune.delete(0)
  }

  /** Called with every local invalidation (the bus publishes them). */
  onInvalidate(listener: Listener) {
    this.#listeners.push(listener)
  }

  /** How many entries are held (tests and diagnostics). */
  size(kommuneId?: number) {
    if (kommuneId !== undefined) return this.#byKommune.get(kommuneId)?.size ?? 0
    let total = 0
    for (const entries of this.#byKommune.values()) total += entries.size
    return total
  }

  #announce(invalidation: Invalidation) {
    for (const listener of this.#listeners) listener(invalidation)
  }
}

function noop() {}

export const publicCache = new PublicCache()
