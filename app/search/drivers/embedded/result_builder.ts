import type { FacetName, SearchHit, SearchQuery, SearchResult } from '#search/search_engine'
import { SEARCH_LIMITS } from '#search/search_engine'
import type { Candidate } from '#search/drivers/embedded/kommune_index'
import { highlight, snippet } from '#search/analysis/highlighter'
import { escapeHtml } from '#support/escape_html'

/**
 * From scored candidates of every index in scope to the page the caller
 * asked for: one per guide when asked, ranked, counted, faceted, and only
 * the page highlighted (the expensive part). Scores stay inside.
 */
export function rankAndPage(
  candidates: Candidate[],
  query: SearchQuery,
  kommunerWithLocalText: (slug: string) => string[]
): SearchResult {
  const distinct = 'staff' in query.scope && query.scope.distinctByGuide === true
  const ranked = (distinct ? bestPerGuide(candidates) : candidates).sort(
    (a, b) => b.score - a.score || a.doc.id.localeCompare(b.doc.id)
  )
  const { limit, offset } = page(query)
  const hits = ranked.slice(offset, offset + limit).map((candidate) => {
    const hit = toHit(candidate, query.highlight !== false)
    if (distinct) hit.kommunerWithLocalText = kommunerWithLocalText(candidate.doc.slug)
    return hit
  })
  const result: SearchResult = { hits, total: ranked.length }
  if (query.facets?.length) result.facets = countFacets(ranked, query.facets)
  return result
}

/** Limit and offset clamped to SEARCH_LIMITS; nonsense falls back to the defaults. */
export function page(query: Pick<SearchQuery, 'limit' | 'offset'>) {
  return {
    limit: clamp(query.limit, SEARCH_LIMITS.defaultLimit, SEARCH_LIMITS.maxLimit),
    offset: clamp(query.offset, 0, SEARCH_LIMITS.maxOffset),
  }
}

function clamp(value: number | undefined, fallback: number, max: number) {
  if (value === undefined || !Number.isFinite(value)) return fallback
  return Math.min(max, Math.max(0, Math.floor(value)))
}

function bestPerGuide(candidates: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>()
  for (const candidate of candidates) {
    const current = best.get(candidate.doc.slug)
    if (!current || candidate.score > current.score) best.set(candidate.doc.slug, candidate)
  }
  return [...best.values()]
}

function toHit({ doc, matched }: Candidate, marks: boolean): SearchHit {
  const terms = marks ? matched : new Set<string>()
  return {
    id: doc.id,
    slug: doc.slug,
    kind: doc.kind,
    title: doc.title,
    snippet: snippet([doc.summary, doc.body], terms, doc.lang),
    titleHighlighted: marks ? highlight(doc.title, terms, doc.lang) : escapeHtml(doc.title),
    kommune: doc.kommune,
    serviceArea: doc.serviceArea,
  }
}

function countFacets(ranked: Candidate[], names: FacetName[]): SearchResult['facets'] {
  const facets: NonNullable<SearchResult['facets']> = {}
  for (const name of new Set(names)) {
    const counts: Record<string, number> = {}
    for (const { doc } of ranked) {
      const value = name === 'kind' ? doc.kind : doc.serviceArea
      if (value !== null) counts[value] = (counts[value] ?? 0) + 1
    }
    facets[name] = counts
  }
  return facets
}
