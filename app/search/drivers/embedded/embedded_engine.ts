import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import type { GuideLang } from '#knowledge/guide_content'
import SearchEngine, { SEARCH_LIMITS } from '#search/search_engine'
import type {
  EngineHealth,
  SearchDocument,
  SearchQuery,
  SearchResult,
  SynonymGroup,
} from '#search/search_engine'
import GuideIndex from '#search/drivers/embedded/guide_index'
import type { KommuneSet, VariantChange } from '#search/drivers/embedded/guide_index'
import KommuneIndex from '#search/drivers/embedded/kommune_index'
import { expandQuery } from '#search/analysis/query_expansion'
import type { ExpandedQuery } from '#search/analysis/query_expansion'
import SynonymTable from '#search/analysis/synonym_table'
import Vocabulary from '#search/analysis/vocabulary'
import { rankAndPage } from '#search/drivers/embedded/result_builder'

/** Everything a search reads; replaced as a whole by replaceAll. */
type State = {
  indexes: Map<string, KommuneIndex>
  /** Which kommune holds a document id (ids are unique across kommuner). */
  owners: Map<string, string>
  /** Every kommune's documents by distinct content, for staff searches. */
  guides: GuideIndex
  vocabularies: Record<GuideLang, Vocabulary>
}

function emptyState(): State {
  return {
    indexes: new Map(),
    owners: new Map(),
    guides: new GuideIndex(),
    vocabularies: { da: new Vocabulary(), sv: new Vocabulary() },
  }
}

/**
 * The default, in-process search driver: MiniSearch with one index per
 * kommune for citizens, one staff-wide index of distinct guide contents,
 * and a Danish analyzer. Writes are synchronous once their turn
 * comes, so `upsert` resolving means the documents are searchable; writes
 * run one at a time so a replaceAll never loses a concurrent upsert's order.
 */
export default class EmbeddedSearchEngine extends SearchEngine {
  readonly driver = 'embedded'
  #state = emptyState()
  #synonyms = { da: new SynonymTable([], 'da'), sv: new SynonymTable([], 'sv') }
  #writes: Promise<unknown> = Promise.resolve()
  #closed = false

  async init() {
    this.#closed = false
  }

  async upsert(docs: SearchDocument[]) {
    assertBatch(docs.length, 'upsert')
    await this.#exclusive(() => {
      for (const doc of docs) putDocument(this.#state, doc)
    })
  }

  async remove(ids: string[]) {
    assertBatch(ids.length, 'remove')
    await this.#exclusive(() => {
      for (const id of ids) removeDocument(this.#state, id)
    })
  }

  async removeKommune(code: string) {
    await this.#exclusive(() => {
      const index = this.#state.indexes.get(code)
      if (!index) return
      for (const doc of [...index.documents()]) removeDocument(this.#state, doc.id)
      this.#state.indexes.delete(code)
    })
  }

  /**
   * Builds the new indexes off to the side (yielding between kommuner so
   * searches keep being answered from the old ones) and swaps them in with
   * one assignment.
   */
  async replaceAll(docs: SearchDocument[]) {
    await this.#exclusive(async () => {
      const next = emptyState()
      const byKommune = Map.groupBy(docs, (doc) => doc.kommune)
      for (const kommuneDocs of byKommune.values()) {
        for (const doc of kommuneDocs) putDocument(next, doc)
        await yieldToEventLoop()
      }
      this.#state = next
    })
  }

  async setSynonyms(groups: SynonymGroup[]) {
    this.#synonyms = { da: new SynonymTable(groups, 'da'), sv: new SynonymTable(groups, 'sv') }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const state = this.#state
    const scope = resolveScope(state, query.scope)
    const expanded = new Map<GuideLang, ExpandedQuery>()
    for (const lang of scopeLanguages(scope.indexes, query.filters?.lang)) {
      const terms = expandQuery(query.q ?? '', lang, state.vocabularies[lang], this.#synonyms[lang])
      if (terms) expanded.set(lang, terms)
    }
    if (!expanded.size) return { hits: [], total: 0 }
    const accept = acceptor(query)
    const candidates = scope.citizen
      ? scope.citizen.search(expanded, accept)
      : state.guides.search(expanded, scope.staff, accept, scope.distinct)
    return rankAndPage(candidates, query, (slug) =>
      state.guides.kommunerWithLocalText(slug, scope.staff)
    )
  }

  async count() {
    return this.#state.owners.size
  }

  async health(): Promise<EngineHealth> {
    if (this.#closed) return { ok: false, driver: this.driver, message: 'closed' }
    return { ok: true, driver: this.driver, documents: this.#state.owners.size }
  }

  async close() {
    await this.#writes
    this.#closed = true
  }

  #exclusive<T>(work: () => T | Promise<T>): Promise<T> {
    const run = this.#writes.then(work)
    this.#writes = run.catch(() => undefined)
    return run
  }
}

function assertBatch(size: number, operation: string) {
  if (size > SEARCH_LIMITS.maxIdsPerCall) {
    throw new Error(
      `Search ${operation}: ${size} documents in one call, at most ${SEARCH_LIMITS.maxIdsPerCall} allowed; split the batch`
    )
  }
}

function putDocument(state: State, doc: SearchDocument) {
  const owner = state.owners.get(doc.id)
  if (owner !== undefined && owner !== doc.kommune) removeDocument(state, doc.id)
  let index = state.indexes.get(doc.kommune)
  if (!index) {
    index = new KommuneIndex(doc.kommune)
    state.indexes.set(doc.kommune, index)
  }
  const { key, analyzed } = state.guides.analysisFor(doc)
  index.put(doc, analyzed)
  const change = state.guides.put(doc, key, analyzed)
  countTerms(state, change)
  state.owners.set(doc.id, doc.kommune)
}

function removeDocument(state: State, id: string) {
  const owner = state.owners.get(id)
  if (owner === undefined) return
  state.indexes.get(owner)?.delete(id)
  countTerms(state, state.guides.delete(id))
  state.owners.delete(id)
}

/** The vocabulary counts distinct contents: identical copies in 98 kommuner count once. */
function countTerms(state: State, change: VariantChange) {
  for (const variant of change.removed)
    state.vocabularies[variant.lang].removeDocument(variant.terms)
  for (const variant of change.added) state.vocabularies[variant.lang].addDocument(variant.terms)
}

type ResolvedScope = {
  /** The indexes in scope (their languages decide how the query is analyzed). */
  indexes: KommuneIndex[]
  /** A citizen's own kommune index. */
  citizen?: KommuneIndex
  /** Staff kommuner (null: all) — searched in the staff-wide guide index. */
  staff: KommuneSet
  distinct: boolean
}

/**
 * Tenancy first: a citizen reaches their kommune's index only; staff the
 * kommuner they name. A scope of any other shape reaches nothing.
 */
function resolveScope(state: State, scope: SearchQuery['scope']): ResolvedScope {
  const nothing: ResolvedScope = { indexes: [], staff: new Set(), distinct: false }
  if ('citizen' in scope) {
    const index = state.indexes.get(scope.citizen)
    return index ? { indexes: [index], citizen: index, staff: new Set(), distinct: false } : nothing
  }
  if (!('staff' in scope) || (scope.staff !== 'all' && !Array.isArray(scope.staff))) return nothing
  const staff = scope.staff === 'all' ? null : new Set(scope.staff)
  const indexes = [...state.indexes.values()].filter((index) => !staff || staff.has(index.code))
  return { indexes, staff, distinct: scope.distinctByGuide === true }
}

/** The languages to analyze the query in: those of the scope's documents. */
function scopeLanguages(indexes: KommuneIndex[], only?: GuideLang[]): GuideLang[] {
  const langs = new Set<GuideLang>()
  for (const index of indexes) for (const lang of index.languages) langs.add(lang)
  return [...langs].filter((lang) => !only?.length || only.includes(lang))
}

/** Citizens never see documents of areas their kommune does not serve; filters apply to all. */
function acceptor(query: SearchQuery): (doc: SearchDocument) => boolean {
  const citizen = 'citizen' in query.scope
  const { kind, serviceArea, lang } = query.filters ?? {}
  return (doc) =>
    (!citizen || doc.citizenVisible) &&
    (!kind?.length || kind.includes(doc.kind)) &&
    (!serviceArea?.length || (doc.serviceArea !== null && serviceArea.includes(doc.serviceArea))) &&
    (!lang?.length || lang.includes(doc.lang))
}
