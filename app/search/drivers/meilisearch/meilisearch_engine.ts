import { randomBytes } from 'node:crypto'
import {
  Meilisearch,
  MeilisearchApiError,
  type EnqueuedTask,
  type Index,
  type MatchingStrategies,
  type FederatedMultiSearchParams,
  type Settings,
} from 'meilisearch'
import SearchEngine, {
  SEARCH_LIMITS,
  type EngineHealth,
  type SearchDocument,
  type SearchQuery,
  type SearchResult,
  type SynonymGroup,
} from '#search/search_engine'
import type { GuideLang } from '#knowledge/guide_content'
import SynonymTable, { analyzedGroups } from '#search/analysis/synonym_table'
import { createKeepAliveHttpClient } from '#search/drivers/meilisearch/keep_alive_http_client'
import MeilisearchTaskError from '#search/drivers/meilisearch/meilisearch_task_error'
import {
  FILTERABLE_ATTRIBUTES,
  LANGS,
  SEARCHABLE_ATTRIBUTES,
  inList,
  primaryKey,
  toMeiliDocument,
  type MeiliDocument,
} from '#search/drivers/meilisearch/meilisearch_documents'
import {
  analyzeQuery,
  scopeFilter,
  type AnalyzedQuery,
} from '#search/drivers/meilisearch/meilisearch_query'
import {
  planSearch,
  type PagedSearch,
  type SearchPlan,
} from '#search/drivers/meilisearch/meilisearch_plan'
import {
  toFederatedResult,
  toResult,
  type RetrievedHit,
} from '#search/drivers/meilisearch/meilisearch_results'
import MeiliVocabulary from '#search/drivers/meilisearch/meilisearch_vocabulary'

export type MeilisearchEngineOptions = {
  host: string
  apiKey?: string
  /** Index uids start with it: `${indexPrefix}_guides`. Letters, digits, - and _ only. */
  indexPrefix: string
  /** How Meilisearch drops words in the rarest-first orders (see planSearch); default 'last'. */
  matchingStrategy?: MatchingStrategies
  /** How long a write may take to become searchable before it counts as failed. */
  taskTimeoutMs?: number
}

const BATCH_SIZE = 1000
/** Upper bound on hits Meilisearch counts and pages through (SEARCH_LIMITS fit well within). */
const MAX_TOTAL_HITS = 10_000

/**
 * The Meilisearch driver: one index of every kommune's documents, each
 * query filtered to the kommuner in its scope. Writes wait until
 * Meilisearch has applied them, so callers get the contract's "resolves
 * when searchable" and see failed tasks as errors.
 */
export default class MeilisearchEngine extends SearchEngine {
  readonly driver = 'meilisearch'

  #http = createKeepAliveHttpClient()
  #client: Meilisearch
  #indexUid: string
  #matchingStrategy: MatchingStrategies
  #taskTimeoutMs: number
  #vocabulary = new MeiliVocabulary()
  #synonyms: Record<GuideLang, SynonymTable> | null = null
  /** This process's writes, one at a time (see replaceAll). */
  #writes: Promise<unknown> = Promise.resolve()

  constructor(options: MeilisearchEngineOptions) {
    super()
    if (!/^[A-Za-z0-9_-]+$/.test(options.indexPrefix)) {
      throw new Error(`Invalid Meilisearch index prefix "${options.indexPrefix}"`)
    }
    this.#client = new Meilisearch({
      host: options.host,
      apiKey: options.apiKey,
      httpClient: this.#http.request,
      timeout: 30_000,
    })
    this.#indexUid = `${options.indexPrefix}_guides`
    this.#matchingStrategy = options.matchingStrategy ?? 'last'
    this.#taskTimeoutMs = options.taskTimeoutMs ?? 30_000
  }

  get indexUid() {
    return this.#indexUid
  }

  async init() {
    await this.#prepareIndex(this.#indexUid)
    await this.#vocabulary.load(this.#index())
  }

  async upsert(docs: SearchDocument[]) {
    assertBatch(docs.length, 'upsert')
    await this.#exclusive(() => this.#addDocuments(this.#index(), docs))
  }

  async remove(ids: string[]) {
    assertBatch(ids.length, 'remove')
    if (!ids.length) return
    await this.#exclusive(() => this.#wait(this.#index().deleteDocuments(ids.map(primaryKey))))
  }

  async removeKommune(code: string) {
    await this.#exclusive(() =>
      this.#wait(this.#index().deleteDocuments({ filter: inList('kommune', [code]) }))
    )
  }

  /**
   * Builds the new set in a fresh index with the live index's settings and
   * synonyms, then swaps the two in one Meilisearch task: searches see the
   * old or the new set, never a mix.
   *
   * This process's other writes wait until the swap is done, so they land
   * in the new set; a write from another process (a queue worker) made to
   * the live index while the new one is built is lost with the old set —
   * run the full reindex when workers are quiet, or reindex that kommune after.
   */
  async replaceAll(docs: SearchDocument[]) {
    await this.#exclusive(() => this.#replaceAll(docs))
  }

  async #replaceAll(docs: SearchDocument[]) {
    const live = this.#indexUid
    const next = `${live}_next_${Date.now().toString(36)}${randomBytes(3).toString('hex')}`
    await this.#prepareIndex(live)
    const synonyms = await this.#index().getSynonyms()
    try {
      await this.#prepareIndex(next, synonyms)
      await this.#addDocuments(this.#client.index(next), docs)
      await this.#wait(this.#client.swapIndexes([{ indexes: [live, next], rename: false }]))
    } finally {
      await this.#wait(this.#client.deleteIndex(next)).catch(() => {})
    }
  }

  /** Each group becomes mutual synonyms: every term maps to all the others. */
  async setSynonyms(groups: SynonymGroup[]) {
    this.#synonyms = { da: new SynonymTable(groups, 'da'), sv: new SynonymTable(groups, 'sv') }
    await this.#exclusive(() => this.#wait(this.#index().updateSynonyms(synonymMap(groups))))
  }

  /**
   * The HTTP request a search sends (for benchmarks that compare the
   * driver with Meilisearch answering the same request directly).
   */
  searchRequest(query: SearchQuery): { path: string; body: Record<string, unknown> } {
    const plan = this.#plan(query)
    if (!plan) throw new Error('This query is answered without asking Meilisearch')
    if (plan.kind === 'single') {
      return { path: `/indexes/${this.#indexUid}/search`, body: plan.params }
    }
    return { path: '/multi-search', body: plan.body }
  }

  /** Deletes this engine's index (benchmarks and tests that made their own). */
  async drop() {
    await this.#wait(this.#client.deleteIndex(this.#indexUid))
  }

  /**
   * One request: the query analyzed by the app in the language of the
   * scope's documents, in the user's word order and rarest word first (see
   * planSearch). A staff search over Danish and Swedish documents, whose
   * words analyze differently in the two, is asked in both languages.
   */
  async search(query: SearchQuery): Promise<SearchResult> {
    this.#vocabulary.refreshIfStale(this.#index())
    const plan = this.#plan(query)
    if (!plan) return { hits: [], total: 0 }
    let result: SearchResult
    if (plan.kind === 'single') {
      const { params } = plan
      const response = await this.#index().search<RetrievedHit, PagedSearch>(params.q, params)
      result = toResult(response, plan.analyzed, query, plan.window)
    } else {
      const response = await this.#client.multiSearch<FederatedMultiSearchParams, RetrievedHit>(
        plan.body
      )
      result = toFederatedResult(response, plan, query)
    }
    if (plan.distinct && result.hits.length) {
      const slugs = result.hits.map((hit) => hit.slug)
      const withLocalText = await this.#kommunerWithLocalText(plan.scope, slugs)
      for (const hit of result.hits) hit.kommunerWithLocalText = withLocalText.get(hit.slug) ?? []
    }
    return result
  }

  #plan(query: SearchQuery): SearchPlan | null {
    const scope = scopeFilter(query.scope)
    if (!scope) return null
    const analyzed = new Map<GuideLang, AnalyzedQuery>()
    const vocabulary = this.#vocabulary
    const citizen = 'citizen' in query.scope ? query.scope.citizen : null
    const inScope = citizen ? (term: string) => vocabulary.usedIn(term, citizen) : undefined
    for (const lang of this.#languages(query)) {
      const synonyms = this.#synonyms?.[lang]
      const terms = analyzeQuery(query.q, lang, vocabulary.vocabularies[lang], synonyms, inScope)
      if (terms) analyzed.set(lang, terms)
    }
    if (!analyzed.size) return null
    return planSearch(query, scope, analyzed, {
      indexUid: this.#indexUid,
      matchingStrategy: this.#matchingStrategy,
    })
  }

  /** The languages to analyze the query in: asked for, the citizen's, or both for staff. */
  #languages(query: SearchQuery): readonly GuideLang[] {
    if (query.filters?.lang?.length) return query.filters.lang
    if ('citizen' in query.scope && typeof query.scope.citizen === 'string') {
      return [this.#vocabulary.langOf(query.scope.citizen)]
    }
    return LANGS
  }

  async count() {
    try {
      const stats = await this.#index().getStats()
      return stats.numberOfDocuments
    } catch (error) {
      if (apiErrorCode(error) === 'index_not_found') return 0
      throw error
    }
  }

  async health(): Promise<EngineHealth> {
    try {
      const { status } = await this.#client.health()
      const documents = await this.count()
      return status === 'available'
        ? { ok: true, driver: this.driver, documents }
        : { ok: false, driver: this.driver, documents, message: `Meilisearch is ${status}` }
    } catch (error) {
      return { ok: false, driver: this.driver, message: describe(error) }
    }
  }

  async close() {
    await this.#writes
    this.#http.destroy()
  }

  #index() {
    return this.#client.index<MeiliDocument>(this.#indexUid)
  }

  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#writes.then(work)
    this.#writes = run.catch(() => undefined)
    return run
  }

  /**
   * One extra request per distinct search: which kommuner in scope have
   * local text for the guides on this page.
   */
  async #kommunerWithLocalText(scope: string[], slugs: string[]) {
    const response = await this.#index().search<MeiliDocument>(null, {
      filter: [...scope, 'hasLocalText = true', inList('slug', [...new Set(slugs)])],
      limit: MAX_TOTAL_HITS,
      attributesToRetrieve: ['slug', 'kommune'],
    })
    const bySlug = new Map<string, string[]>()
    for (const doc of response.hits) {
      bySlug.set(doc.slug, [...(bySlug.get(doc.slug) ?? []), doc.kommune])
    }
    for (const codes of bySlug.values()) codes.sort()
    return bySlug
  }

  async #prepareIndex(uid: string, synonyms?: Record<string, string[]>) {
    try {
      await this.#wait(this.#client.createIndex(uid, { primaryKey: 'pk' }))
    } catch (error) {
      if (!(error instanceof MeilisearchTaskError && error.code === 'index_already_exists')) {
        throw error
      }
    }
    await this.#wait(this.#client.index(uid).updateSettings(indexSettings(synonyms)))
  }

  async #addDocuments(index: Index<MeiliDocument>, docs: SearchDocument[]) {
    const pending: Promise<EnqueuedTask>[] = []
    const analyzed = new Map<string, MeiliDocument['t']>()
    for (let start = 0; start < docs.length; start += BATCH_SIZE) {
      const batch = docs
        .slice(start, start + BATCH_SIZE)
        .map((doc) => toMeiliDocument(doc, analyzed))
      this.#vocabulary.add(batch)
      pending.push(index.addDocuments(batch, { primaryKey: 'pk' }))
    }
    const enqueued = await Promise.all(pending)
    for (const task of enqueued) await this.#wait(Promise.resolve(task))
  }

  /** Waits for a task to finish; a failed or cancelled task throws with its error. */
  async #wait(enqueued: Promise<EnqueuedTask>) {
    const task = await this.#client.tasks.waitForTask(await enqueued, {
      timeout: this.#taskTimeoutMs,
      interval: 20,
    })
    if (task.status !== 'succeeded') throw new MeilisearchTaskError(task)
    return task
  }
}

/**
 * Settings every index of ours gets. Synonyms only when given: init must
 * not wipe the synonyms editors saved.
 */
function indexSettings(synonyms?: Record<string, string[]>): Settings {
  return {
    searchableAttributes: SEARCHABLE_ATTRIBUTES,
    filterableAttributes: FILTERABLE_ATTRIBUTES,
    displayedAttributes: ['*'],
    // The app already dropped stop words and normalised every term.
    stopWords: [],
    localizedAttributes: null,
    faceting: { maxValuesPerFacet: 10_000 },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    ...(synonyms ? { synonyms } : {}),
  }
}

/**
 * Each group becomes mutual synonyms, as the app's analysis writes them
 * (both languages' analyses): Meilisearch compares them with the analyzed
 * terms it indexes and is asked for.
 */
export function synonymMap(groups: SynonymGroup[]): Record<string, string[]> {
  const map = new Map<string, Set<string>>()
  for (const lang of LANGS) {
    for (const phrases of analyzedGroups(groups, lang)) {
      for (const phrase of phrases) {
        const others = map.get(phrase) ?? new Set<string>()
        for (const other of phrases) if (other !== phrase) others.add(other)
        map.set(phrase, others)
      }
    }
  }
  return Object.fromEntries([...map].map(([term, others]) => [term, [...others]]))
}

/** The same per-call limit, and message, as the embedded driver. */
function assertBatch(size: number, operation: string) {
  if (size > SEARCH_LIMITS.maxIdsPerCall) {
    throw new Error(
      `Search ${operation}: ${size} documents in one call, at most ${SEARCH_LIMITS.maxIdsPerCall} allowed; split the batch`
    )
  }
}

/** The Meilisearch error code behind a failed request, if the server sent one. */
function apiErrorCode(error: unknown): string | undefined {
  for (let current = error; current instanceof Error; current = current.cause) {
    if (current instanceof MeilisearchApiError) return current.cause?.code
    if (current instanceof MeilisearchTaskError) return current.code
  }
  return undefined
}

function describe(error: unknown) {
  const messages: string[] = []
  for (let current = error; current instanceof Error; current = current.cause) {
    messages.push(current.message)
  }
  return messages.join(': ') || String(error)
}
