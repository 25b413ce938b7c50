import type { FederatedMultiSearchParams, MatchingStrategies, SearchParams } from 'meilisearch'
import type { GuideLang } from '#knowledge/guide_content'
import type { SearchQuery } from '#search/search_engine'
import { RETRIEVED_ATTRIBUTES } from '#search/drivers/meilisearch/meilisearch_documents'
import {
  inList,
  pageOf,
  pageWindow,
  queryFilters,
  type AnalyzedQuery,
} from '#search/drivers/meilisearch/meilisearch_query'

/**
 * What one search sends to Meilisearch. With matching strategy 'last'
 * Meilisearch only returns documents holding the first word of q, and
 * drops words from the end. The user's order keeps their unfinished last
 * word a prefix but makes their first word required ("hvor lang tid tager
 * en byggetilladelse" would drop the one word that matters first); the
 * rarest-first order keeps the most discriminating word required but
 * depends on one word being right. Both are asked when they differ, as
 * one federated multi-search: Meilisearch merges them by ranking score and
 * returns each document once. A single order and language is one plain
 * search, in page mode for exact totals.
 */

/** Page mode (hitsPerPage/page): the only mode in which Meilisearch counts hits exactly. */
export type PagedSearch = SearchParams & { q: string; hitsPerPage: number; page: number }

type Common = {
  scope: string[]
  distinct: boolean
  /** Where the caller's page starts in what Meilisearch returns, and how long it is. */
  window: { skip: number; limit: number }
}

export type SinglePlan = Common & {
  kind: 'single'
  params: PagedSearch
  analyzed: AnalyzedQuery
}

export type FederatedPlan = Common & {
  kind: 'federated'
  body: FederatedMultiSearchParams
  /** The analysis behind each query, by position (for highlighting its hits). */
  analyzed: AnalyzedQuery[]
  /** How many hits were asked for (all of them came back: the union was exhausted). */
  fetched: number
}

export type SearchPlan = SinglePlan | FederatedPlan

const ALL: MatchingStrategies = 'all'

type PlanOptions = { indexUid: string; matchingStrategy: MatchingStrategies }

export function planSearch(
  query: SearchQuery,
  scope: string[],
  analyzed: Map<GuideLang, AnalyzedQuery>,
  options: PlanOptions
): SearchPlan {
  const distinct = 'staff' in query.scope && query.scope.distinctByGuide === true
  const languages = new Set([...analyzed.values()].map((terms) => terms.orders.join('|'))).size > 1
  const entries = languages ? [...analyzed] : [[null, [...analyzed.values()][0]] as const]
  const queries = entries.flatMap(([lang, terms]) => [
    ...terms.orders.map((q) => ({ lang, terms, q, strategy: options.matchingStrategy })),
    // The user's order with every word required: phrases and a prefix as typed.
    ...(terms.orders.includes(terms.q) ? [] : [{ lang, terms, q: terms.q, strategy: ALL }]),
  ])
  const base = (lang: GuideLang | null, strategy = options.matchingStrategy) => ({
    filter: [...scope, ...queryFilters(query), ...(lang ? [inList('lang', [lang])] : [])],
    matchingStrategy: strategy,
    attributesToRetrieve: RETRIEVED_ATTRIBUTES,
    ...(distinct ? { distinct: 'slug' } : {}),
  })
  const { limit, offset } = pageOf(query)
  if (queries.length === 1) {
    const [{ lang, terms, q }] = queries
    const page = pageWindow(offset, limit)
    const params: PagedSearch = {
      q,
      ...base(lang),
      hitsPerPage: page.hitsPerPage,
      page: page.page,
      ...(query.facets?.length ? { facets: [...query.facets] } : {}),
    }
    return {
      kind: 'single',
      params,
      analyzed: terms,
      scope,
      distinct,
      window: { skip: page.skip, limit },
    }
  }
  // Federation keeps each document once but not each guide: a distinct
  // search dedupes by guide here, so it fetches enough for the page.
  const fetched = distinct ? (offset + limit) * queries.length : limit
  const body: FederatedMultiSearchParams = {
    federation: {
      offset: distinct ? 0 : offset,
      limit: fetched,
      ...(query.facets?.length
        ? { facetsByIndex: { [options.indexUid]: [...query.facets] }, mergeFacets: {} }
        : {}),
    },
    queries: queries.map(({ lang, terms, q, strategy }) => ({
      indexUid: options.indexUid,
      q,
      ...base(lang, strategy),
      // A Danish question asked of Swedish guides too must not rank them by one shared short word.
      federationOptions: { weight: languages ? terms.languageFit ** 2 : 1 },
    })),
  }
  return {
    kind: 'federated',
    body,
    analyzed: queries.map(({ terms }) => terms),
    fetched,
    scope,
    distinct,
    window: { skip: distinct ? offset : 0, limit },
  }
}
