import type { SearchHit, SearchResult } from '#search/search_engine'
import { escapeHtml } from '#support/escape_html'

/**
 * A hit as the public API returns it. Every string field follows the same
 * rule (documented in app/search/openapi.ts): HTML-escaped text that a
 * widget may insert as HTML; `title` and `snippet` may contain `<mark>`
 * elements around matches and nothing else. The engines already produce
 * `titleHighlighted` and `snippet` that way; the raw `title` must never
 * leave, or a widget trusting the rule inserts stored markup.
 */
export function toPublicHit(hit: SearchHit, url: string) {
  return {
    slug: escapeHtml(hit.slug),
    kind: escapeHtml(hit.kind),
    title: hit.titleHighlighted,
    snippet: hit.snippet,
    url: escapeHtml(url),
  }
}

/**
 * The engines cut snippets from the whole guide, staff briefing included;
 * citizens get the guide's citizen intro instead (escaped, without marks).
 */
export function withCitizenSnippet(hit: SearchHit, intro: string | undefined): SearchHit {
  return { ...hit, snippet: escapeHtml(intro ?? '') }
}

/** Facet names are stored values too: escaped like every other string. */
export function toPublicFacets(facets: SearchResult['facets']) {
  const out: Record<string, Record<string, number>> = {}
  for (const [name, counts] of Object.entries(facets ?? {})) {
    out[name] = Object.fromEntries(
      Object.entries(counts ?? {}).map(([value, count]) => [escapeHtml(value), count])
    )
  }
  return out
}
