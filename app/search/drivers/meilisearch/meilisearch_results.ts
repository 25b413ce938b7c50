import type { SearchResponse } from 'meilisearch'
import type { FacetName, SearchHit, SearchQuery, SearchResult } from '#search/search_engine'
import { highlight, snippet } from '#search/analysis/highlighter'
import { escapeHtml } from '#support/escape_html'
import type { MeiliDocument } from '#search/drivers/meilisearch/meilisearch_documents'
import type { AnalyzedQuery } from '#search/drivers/meilisearch/meilisearch_query'

/**
 * From Meilisearch's answers to the contract's result: hits highlighted by
 * the app's highlighter (the same marks the embedded engine makes), and —
 * when a staff query was asked in two languages — the answers merged by
 * Meilisearch's ranking score.
 */

export type RetrievedHit = Pick<
  MeiliDocument,
  'id' | 'slug' | 'kind' | 'lang' | 'kommune' | 'serviceArea' | 'title' | 'summary' | 'body'
> & { _rankingScore?: number }

export type Answer = { response: SearchResponse<RetrievedHit>; analyzed: AnalyzedQuery }

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

/**
 * One answer, or several merged: best ranking score first, the window
 * [skip, skip + limit) of the merged list, totals and facet counts added up.
 */
export function toResult(
  answers: Answer[],
  query: SearchQuery,
  window: { skip: number; limit: number }
): SearchResult {
  const marks = query.highlight !== false
  const ranked = answers.flatMap(({ response, analyzed }) =>
    response.hits.map((hit) => ({ hit, analyzed }))
  )
  if (answers.length > 1) {
    const score = ({ hit, analyzed }: (typeof ranked)[number]) =>
      (hit._rankingScore ?? 0) * analyzed.languageFit ** 2
    ranked.sort((a, b) => score(b) - score(a))
  }
  const hits = ranked
    .slice(window.skip, window.skip + window.limit)
    .map(({ hit, analyzed }) => toSearchHit(hit, analyzed.highlight, marks))
  const result: SearchResult = {
    hits,
    total: answers.reduce((sum, { response }) => sum + (response.totalHits ?? 0), 0),
  }
  if (query.facets?.length) result.facets = mergeFacets(answers, query.facets)
  return result
}

function mergeFacets(answers: Answer[], names: FacetName[]): SearchResult['facets'] {
  const facets: NonNullable<SearchResult['facets']> = {}
  for (const name of new Set(names)) {
    const counts: Record<string, number> = {}
    for (const { response } of answers) {
      for (const [value, count] of Object.entries(response.facetDistribution?.[name] ?? {})) {
        counts[value] = (counts[value] ?? 0) + count
      }
    }
    facets[name] = counts
  }
  return facets
}
