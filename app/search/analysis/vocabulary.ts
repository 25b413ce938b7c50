import SearchableMap from 'minisearch/SearchableMap'

/**
 * Every term indexed in any kommune, with the number of documents holding
 * it. Query expansion (typos, prefixes, compounds) runs once against this
 * instead of once per kommune index, so a staff search over 98 kommuner
 * costs 98 exact look-ups rather than 98 fuzzy walks.
 */
export default class Vocabulary {
  #terms = new SearchableMap<number>()
  /** Terms spelled backwards: compound heads ("pasning" in "børnepasning") by prefix. */
  #reversed = new SearchableMap<number>()
  /** How many terms start with each letter (a prefix walk must not start at a missing node). */
  #initials = new Map<string, number>()

  get size() {
    return this.#terms.size
  }

  /** Counts each distinct term of one document once. */
  addDocument(terms: Iterable<string>) {
    for (const term of new Set(terms)) {
      const count = (this.#terms.get(term) ?? 0) + 1
      if (count === 1) this.#countInitial(term, 1)
      this.#terms.set(term, count)
      this.#reversed.set(reverse(term), count)
    }
  }

  removeDocument(terms: Iterable<string>) {
    for (const term of new Set(terms)) {
      const count = (this.#terms.get(term) ?? 0) - 1
      if (count > 0) {
        this.#terms.set(term, count)
        this.#reversed.set(reverse(term), count)
      } else if (count === 0) {
        this.#countInitial(term, -1)
        this.#terms.delete(term)
        this.#reversed.delete(reverse(term))
      }
    }
  }

  #countInitial(term: string, change: number) {
    const count = (this.#initials.get(term[0]) ?? 0) + change
    if (count > 0) this.#initials.set(term[0], count)
    else this.#initials.delete(term[0])
  }

  has(term: string) {
    return this.#terms.has(term)
  }

  /** In how many documents the term occurs (0 when unknown). */
  frequency(term: string) {
    return this.#terms.get(term) ?? 0
  }

  /**
   * Terms within `distance` edits, with their distance (the term itself
   * excluded). As in Meilisearch, a typo in the first letter costs two: the
   * full budget is spent only on terms sharing the first letter, which also
   * keeps the walk to a small part of the tree.
   */
  similar(term: string, distance: number): Array<{ term: string; distance: number }> {
    const found = new Map<string, number>()
    if (distance < 1 || !term) return []
    const first = term[0]
    if (this.#initials.has(first)) {
      for (const [rest, [, d]] of this.#terms.atPrefix(first).fuzzyGet(term.slice(1), distance)) {
        if (d > 0) found.set(first + rest, d)
      }
    }
    if (distance >= 2) {
      for (const [candidate, [, d]] of this.#terms.fuzzyGet(term, distance - 1)) {
        if (candidate[0] !== first) found.set(candidate, d + 1)
      }
    }
    return [...found].map(([candidate, d]) => ({ term: candidate, distance: d }))
  }

  /** Longer terms starting with `prefix`. */
  startingWith(prefix: string): string[] {
    return [...this.#terms.atPrefix(prefix).keys()].filter((term) => term !== prefix)
  }

  /** Longer terms ending with `suffix` (compounds whose head it is). */
  endingWith(suffix: string): string[] {
    return [...this.#reversed.atPrefix(reverse(suffix)).keys()]
      .filter((term) => term.length > suffix.length)
      .map(reverse)
  }
}

function reverse(term: string) {
  return [...term].reverse().join('')
}
