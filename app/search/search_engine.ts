import type { GuideKind, GuideLang } from '#knowledge/guide_content'

/**
 * The search contract. Two drivers implement it — embedded (MiniSearch,
 * in-process, the default) and meilisearch — and one contract suite
 * (tests/search/engine_contract.ts) proves both behave the same.
 */

/**
 * Every query names whom it searches for. A citizen of a kommune sees what
 * that kommune offers citizens; staff may search their kommuner or all,
 * optionally one hit per guide (with the kommuner that have local text).
 */
export type SearchScope =
  { citizen: string } | { staff: string[] | 'all'; distinctByGuide?: boolean }

export type FacetName = 'serviceArea' | 'kind'

export type SearchQuery = {
  q: string
  scope: SearchScope
  limit?: number
  offset?: number
  filters?: { kind?: GuideKind[]; serviceArea?: string[]; lang?: GuideLang[] }
  facets?: FacetName[]
  highlight?: boolean
}

/**
 * One searchable document: guide G as kommune K shows it (built only from
 * the merged view). Its id is `${kommune}:${slug}`.
 */
export type SearchDocument = {
  id: string
  /** Kommune code the document belongs to. */
  kommune: string
  guideId: number
  slug: string
  kind: GuideKind
  lang: GuideLang
  serviceArea: string | null
  title: string
  summary: string
  keywords: string[]
  /**
   * "Citizens also say": everyday phrases editors add to a guide, indexed
   * with less weight than the title and keywords.
   */
  alsoSay?: string[]
  /** Guidance, steps, referral and local text, as plain text. */
  body: string
  /** False when K does not serve the area: staff may find it, citizens not. */
  citizenVisible: boolean
  /** K has its own text for this guide (a supplement or an own article). */
  hasLocalText: boolean
}

export type SearchHit = {
  id: string
  slug: string
  kind: GuideKind
  title: string
  /** HTML-escaped text; the only markup is <mark>…</mark> around matches. */
  snippet: string
  titleHighlighted: string
  kommune: string
  serviceArea: string | null
  /** distinctByGuide only: the kommuner in scope whose document has local text. */
  kommunerWithLocalText?: string[]
}

export type SearchResult = {
  hits: SearchHit[]
  total: number
  facets?: Partial<Record<FacetName, Record<string, number>>>
}

export type EngineHealth = { ok: boolean; driver: string; documents?: number; message?: string }

/** One synonym group: every term finds what any other term finds. */
export type SynonymGroup = string[]

/** One set of limits for every driver. */
export const SEARCH_LIMITS = {
  maxQueryWords: 12,
  maxQueryLength: 200,
  maxLimit: 50,
  defaultLimit: 10,
  maxOffset: 1000,
  maxIdsPerCall: 10_000,
} as const

export default abstract class SearchEngine {
  abstract readonly driver: string
  abstract init(): Promise<void>
  /** Adds or replaces documents; resolves when they are searchable. */
  abstract upsert(docs: SearchDocument[]): Promise<void>
  abstract remove(ids: string[]): Promise<void>
  abstract removeKommune(code: string): Promise<void>
  /** Replaces the whole index atomically: searches see the old or the new set, never a mix. */
  abstract replaceAll(docs: SearchDocument[]): Promise<void>
  abstract setSynonyms(groups: SynonymGroup[]): Promise<void>
  abstract search(query: SearchQuery): Promise<SearchResult>
  abstract count(): Promise<number>
  abstract health(): Promise<EngineHealth>
  abstract close(): Promise<void>
}
