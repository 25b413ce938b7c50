import type SearchEngine from '#search/search_engine'
import type { SearchQuery, SearchResult } from '#search/search_engine'

/** What the contract's test files share: the engine under test and query shortcuts. */
export type ContractContext = {
  engine: () => SearchEngine
  citizen: (kommune: string, q: string, extra?: Partial<SearchQuery>) => Promise<SearchResult>
  staff: (
    kommuner: string[] | 'all',
    q: string,
    extra?: Partial<SearchQuery>
  ) => Promise<SearchResult>
  /** Staff scope with one hit per guide. */
  perGuide: (kommuner: string[] | 'all', q: string) => Promise<SearchResult>
}

export function contractContext(engine: () => SearchEngine): ContractContext {
  return {
    engine,
    citizen: (kommune, q, extra = {}) =>
      engine().search({ q, scope: { citizen: kommune }, highlight: true, ...extra }),
    staff: (kommuner, q, extra = {}) =>
      engine().search({ q, scope: { staff: kommuner }, highlight: true, ...extra }),
    perGuide: (kommuner, q) =>
      engine().search({ q, scope: { staff: kommuner, distinctByGuide: true }, highlight: true }),
  }
}

export function total(result: SearchResult) {
  return result.total
}

export function hits(result: SearchResult) {
  return result.hits
}

export function slugs(result: SearchResult) {
  return result.hits.map((hit) => hit.slug)
}

export function unique<T>(values: T[]) {
  return [...new Set(values)]
}
