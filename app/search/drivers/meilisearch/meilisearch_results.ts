import type { SearchResponse } from 'meilisearch'
import type { FacetName, SearchHit, SearchQuery, SearchResult } from '#search/search_engine'
import { highlight, snippet } from '#search/analysis/highlighter'
import { escapeHtml } from '#support/escape_html'
import type { MeiliDocument } from '#search/drivers/meilisearch/meilisearch_documents'
import type { AnalyzedQuery } from '#search/drivers/meilisearch/meilisearch_query'
import type { FederatedPlan } from '#search/drivers/meilisearch/meilisearch_plan'

/**
 * From Meilisearch's answers to the contract's result: hits highlighted by
 * the app's highlighter (the same marks the embedded engine makes).
 */

export type RetrievedHit = Pick<
  MeiliDocument,
  'id' | 'slug' | 'kind' | 'lang' | 'kommune' | 'serviceArea' | 'title' | 'summary' | 'body'
> & { _federation?: { queriesPosition: number } }

export function toSearchHit(hit: RetrievedHit, terms: Set<string>, marks: boolean): SearchHit {
  const matched = marks ? terms : new Set<string>()
  return {
    id: hit.id,
    slug: hit.slug,
    kind: hit.kind,
    title: hit.title,
    snippet: snippet([hit.summary, hit.body], matched, hit.lang),
    titleHighlighted: marks ? highlight(hit.title, matched, hit.lang) : escapeHtml(hit.title),
    kommune: hit.kommune,
    serviceArea: hit.serviceArea,
  }
}

/** A plain search's answer: its window [skip, skip + limit), its exact total. */
export function toResult(
  response: SearchResponse<RetrievedHit>,
  analyzed: AnalyzedQuery,
  query: SearchQuery,
  window: { skip: number; limit: number }
): SearchResult {
  const marks = query.highlight !== false
  const result: SearchResult = {
    hits: response.hits
      .slice(window.skip, window.skip + window.limit)
      .map((hit) => toSearchHit(hit, analyzed.highlight, marks)),
    total: response.totalHits ?? 0,
  }
  if (query.facets?.length) result.facets = facetsOf(response, query.facets)
  return result
}

/**
 * A federated answer (already merged by weighted ranking score, each
 * document once), each hit highlighted by the analysis of the query that
 * found it. A distinct search keeps each guide's best hit. Meilisearch only
 * estimates a federated total; when the whole union came back, it is counted.
 */
export function toFederatedResult(
  response: SearchResponse<RetrievedHit>,
  plan: Pick<FederatedPlan, 'analyzed' | 'distinct' | 'fetched' | 'window'>,
  query: SearchQuery
): SearchResult {
  const marks = query.highlight !== false
  let hits = response.hits
  if (plan.distinct) {
    const seen = new Set<string>()
    hits = hits.filter((hit) => !seen.has(hit.slug) && seen.add(hit.slug))
  }
  const exhausted = response.hits.length < plan.fetched
  const { skip, limit } = plan.window
  const result: SearchResult = {
    hits: hits.slice(skip, skip + limit).map((hit) => {
      const analyzed = plan.analyzed[hit._federation?.queriesPosition ?? 0]
      return toSearchHit(hit, analyzed.highlight, marks)
    }),
    total: plan.distinct && exhausted ? hits.length : (response.estimatedTotalHits ?? hits.length),
  }
  if (query.facets?.length) result.facets = facetsOf(response, query.facets)
  return result
}

function facetsOf(
  response: SearchResponse<RetrievedHit>,
  names: FacetName[]
): SearchResult['facets'] {
  const facets: NonNullable<SearchResult['facets']> = {}
  for (const name of new Set(names)) facets[name] = { ...response.facetDistribution?.[name] }
  return facets
}
