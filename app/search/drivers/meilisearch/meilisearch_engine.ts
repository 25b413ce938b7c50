import { randomBytes } from 'node:crypto'
import {
  Meilisearch,
  MeilisearchApiError,
  type EnqueuedTask,
  type Index,
  type MatchingStrategies,
  type MultiSearchParams,
  type SearchParams,
  type SearchResponse,
  type Settings,
} from 'meilisearch'
import SearchEngine, {
  SEARCH_LIMITS,
  type EngineHealth,
  type SearchDocument,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  type SynonymGroup,
} from '#search/search_engine'
import type { GuideLang } from '#knowledge/guide_content'
import { createKeepAliveHttpClient } from '#search/drivers/meilisearch/keep_alive_http_client'
import MeilisearchTaskError from '#search/drivers/meilisearch/meilisearch_task_error'
import {
  FILTERABLE_ATTRIBUTES,
  LANGS,
  LOCALES,
  POST_TAG,
  PRE_TAG,
  SEARCHABLE_ATTRIBUTES,
  TEXT_ATTRIBUTES,
  hasMatch,
  primaryKey,
  toMeiliDocument,
  toSafeHtml,
  type LocalizedText,
  type MeiliDocument,
} from '#search/drivers/meilisearch/meilisearch_documents'
import {
  compoundSplits,
  inList,
  normalizeQuery,
  pageWindow,
  queryFilters,
  scopeFilter,
} from '#search/drivers/meilisearch/meilisearch_query'
import { STOP_WORDS } from '#search/drivers/meilisearch/stop_words'
import { stemQuery } from '#search/drivers/meilisearch/meilisearch_stems'

export type MeilisearchEngineOptions = {
  host: string
  apiKey?: string
  /** Index uids start with it: `${indexPrefix}_guides`. Letters, digits, - and _ only. */
  indexPrefix: string
  /** How Meilisearch drops query words when not all match (measured best: 'frequency'). */
  matchingStrategy?: MatchingStrategies
  /** How long a write may take to become searchable before it counts as failed. */
  taskTimeoutMs?: number
}

/** Page mode (hitsPerPage/page): the only mode in which Meilisearch counts hits exactly. */
type PagedSearch = SearchParams & { hitsPerPage: number; page: number }

type PagedResponse = SearchResponse<FormattedHit, PagedSearch>

type FormattedHit = MeiliDocument & {
  _formatted?: Partial<Record<GuideLang, Partial<LocalizedText>>>
}

const BATCH_SIZE = 1000
/** Words around the match in a snippet (Meilisearch crops by words; ~200 characters). */
const CROP_WORDS = 30
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
    this.#matchingStrategy = options.matchingStrategy ?? 'frequency'
    this.#taskTimeoutMs = options.taskTimeoutMs ?? 30_000
  }

  get indexUid() {
    return this.#indexUid
  }

  async init() {
    await this.#prepareIndex(this.#indexUid)
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
    await this.#exclusive(() => this.#wait(this.#index().updateSynonyms(synonymMap(groups))))
  }

  /**
   * The HTTP request a search sends in the common case (for benchmarks that
   * compare the driver with Meilisearch answering the same request directly).
   */
  searchRequest(query: SearchQuery): { path: string; body: Record<string, unknown> } {
    const prepared = this.#prepare(query)
    if (!prepared) throw new Error('This query is answered without asking Meilisearch')
    return {
      path: `/indexes/${this.#indexUid}/search`,
      body: {
        q: prepared.normalized.q,
        ...prepared.params,
        matchingStrategy: this.#matchingStrategy,
      },
    }
  }

  /** Deletes this engine's index (benchmarks and tests that made their own). */
  async drop() {
    await this.#wait(this.#client.deleteIndex(this.#indexUid))
  }

  #prepare(query: SearchQuery) {
    const normalized = normalizeQuery(query)
    const scope = scopeFilter(query.scope)
    if (!normalized || !scope) return null
    const distinct = 'staff' in query.scope && query.scope.distinctByGuide === true
    const window = pageWindow(normalized.offset, normalized.limit)
    const params: PagedSearch = {
      filter: [...scope, ...queryFilters(query)],
      hitsPerPage: window.hitsPerPage,
      page: window.page,
      attributesToRetrieve: ['id', 'slug', 'kind', 'lang', 'kommune', 'serviceArea'],
      attributesToHighlight: TEXT_ATTRIBUTES.filter((name) => !name.endsWith('.keywords')),
      attributesToCrop: LANGS.flatMap((lang) => [`${lang}.summary`, `${lang}.body`]),
      cropLength: CROP_WORDS,
      cropMarker: '…',
      highlightPreTag: PRE_TAG,
      highlightPostTag: POST_TAG,
      ...(query.facets?.length ? { facets: [...query.facets] } : {}),
      ...(distinct ? { distinct: 'slug' } : {}),
    }
    return { normalized, scope, distinct, window, params }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const prepared = this.#prepare(query)
    if (!prepared) return { hits: [], total: 0 }
    const { normalized, scope, distinct, window, params } = prepared
    const highlight = query.highlight !== false
    let response: PagedResponse = await this.#index().search<FormattedHit, PagedSearch>(
      normalized.q,
      {
        ...params,
        matchingStrategy: this.#matchingStrategy,
      }
    )
    const retries = response.totalHits === 0 ? this.#retries(normalized.q, query) : []
    if (retries.length) {
      const { results } = await this.#client.multiSearch<MultiSearchParams, FormattedHit>({
        queries: retries.map((retry) => ({ indexUid: this.#indexUid, ...params, ...retry })),
      })
      const found = results.find((result) => (result.totalHits ?? 0) > 0)
      if (found) response = found as PagedResponse
    }
    if (response.totalHits === 0) {
      response = (await this.#bestSplit(normalized.q, params)) ?? response
    }

    const hits = response.hits
      .slice(window.skip, window.skip + normalized.limit)
      .map((hit) => toSearchHit(hit, highlight))
    if (distinct && hits.length) {
      const withLocalText = await this.#kommunerWithLocalText(
        scope,
        hits.map((hit) => hit.slug)
      )
      for (const hit of hits) hit.kommunerWithLocalText = withLocalText.get(hit.slug) ?? []
    }

    const result: SearchResult = { hits, total: response.totalHits ?? 0 }
    if (query.facets?.length) {
      result.facets = Object.fromEntries(
        query.facets.map((name) => [name, { ...response.facetDistribution?.[name] }])
      )
    }
    return result
  }

  /**
   * What to try, in one request, when a query finds nothing:
   * - 'last' instead of 'frequency': 'frequency' drops the most frequent
   *   words first, counted over the whole index (every kommune), so it can
   *   end on a rare word that matches nothing in scope;
   * - the words stemmed (Danish, and Swedish unless filtered to one
   *   language), against the documents' stems ("tilskuddet" finds
   *   "tilskud"), since Meilisearch has no Danish stemmer.
   * Only zero-hit queries pay for this; others rank exactly as before.
   */
  #retries(
    q: string,
    query: SearchQuery
  ): Array<{ q: string; matchingStrategy: MatchingStrategies }> {
    const retries: Array<{ q: string; matchingStrategy: MatchingStrategies }> = []
    if (this.#matchingStrategy === 'frequency' && /\s/.test(q)) {
      retries.push({ q, matchingStrategy: 'last' })
    }
    const langs = query.filters?.lang?.length ? query.filters.lang : LANGS
    const stemmed = new Set(langs.map((lang) => stemQuery(q, lang)))
    for (const stems of stemmed) {
      if (stems && stems !== q.toLowerCase()) {
        retries.push({ q: stems, matchingStrategy: this.#matchingStrategy })
      }
    }
    return retries
  }

  /**
   * The last resort for a query that found nothing: every compound split
   * (see compoundSplits) in one request, all words required; the split
   * whose best hit ranks highest wins.
   */
  async #bestSplit(q: string, params: PagedSearch) {
    const splits = compoundSplits(q)
    if (!splits.length) return null
    const { results } = await this.#client.multiSearch<MultiSearchParams, FormattedHit>({
      queries: splits.map((split) => ({
        indexUid: this.#indexUid,
        ...params,
        q: split,
        matchingStrategy: 'all' as const,
        showRankingScore: true,
      })),
    })
    let best: (typeof results)[number] | null = null
    for (const result of results) {
      if (!result.totalHits) continue
      const score = result.hits[0]?._rankingScore ?? 0
      if (!best || score > (best.hits[0]?._rankingScore ?? 0)) best = result
    }
    return best as PagedResponse | null
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
    for (let start = 0; start < docs.length; start += BATCH_SIZE) {
      const batch = docs.slice(start, start + BATCH_SIZE).map(toMeiliDocument)
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
    localizedAttributes: LANGS.map((lang) => ({
      attributePatterns: [`${lang}.*`],
      locales: [LOCALES[lang]],
    })),
    stopWords: [...STOP_WORDS],
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    ...(synonyms ? { synonyms } : {}),
  }
}

function normalizeTerm(term: string) {
  return term.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' ')
}

export function synonymMap(groups: SynonymGroup[]): Record<string, string[]> {
  const map = new Map<string, Set<string>>()
  for (const group of groups) {
    const terms = [...new Set(group.map(normalizeTerm).filter(Boolean))]
    if (terms.length < 2) continue
    for (const term of terms) {
      const others = map.get(term) ?? new Set<string>()
      for (const other of terms) if (other !== term) others.add(other)
      map.set(term, others)
    }
  }
  return Object.fromEntries([...map].map(([term, others]) => [term, [...others]]))
}

function toSearchHit(hit: FormattedHit, highlight: boolean): SearchHit {
  const formatted = hit._formatted?.[hit.lang] ?? {}
  const title = formatted.title ?? ''
  const snippetSource =
    [formatted.summary, formatted.body].find(hasMatch) ?? formatted.summary ?? ''
  return {
    id: hit.id,
    slug: hit.slug,
    kind: hit.kind,
    title: title.replace(/[\uE000\uE001]/g, ''),
    snippet: toSafeHtml(snippetSource, highlight),
    titleHighlighted: toSafeHtml(title, highlight),
    kommune: hit.kommune,
    serviceArea: hit.serviceArea,
  }
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
