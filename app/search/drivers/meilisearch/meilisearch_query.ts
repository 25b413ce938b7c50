import { SEARCH_LIMITS, type SearchQuery, type SearchScope } from '#search/search_engine'
import { hasMeaningfulWord, isStopWord } from '#search/drivers/meilisearch/stop_words'

/**
 * Turning a contract query into Meilisearch's terms: limits, the kommune
 * filter every query carries, and the page window that gives exact totals.
 */

export type NormalizedQuery = {
  /** What Meilisearch is asked for (stop words already dropped). */
  q: string
  limit: number
  offset: number
}

function clampInt(value: number | undefined, fallback: number, min: number, max: number) {
  if (value === undefined || !Number.isFinite(value)) return fallback
  return Math.min(max, Math.max(min, Math.floor(value)))
}

/**
 * SEARCH_LIMITS applied the way every driver applies them: the query is cut
 * to its first maxQueryLength characters and maxQueryWords words; limit and
 * offset are clamped. Returns null for a query Meilisearch must not see:
 * empty or only stop words (it would answer with every document).
 */
export function normalizeQuery(query: SearchQuery): NormalizedQuery | null {
  const limit = clampInt(query.limit, SEARCH_LIMITS.defaultLimit, 0, SEARCH_LIMITS.maxLimit)
  const offset = clampInt(query.offset, 0, 0, SEARCH_LIMITS.maxOffset)
  const words = String(query.q ?? '')
    .slice(0, SEARCH_LIMITS.maxQueryLength)
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, SEARCH_LIMITS.maxQueryWords)
  const q = words.join(' ')
  if (!hasMeaningfulWord(q)) return null
  /**
   * Meilisearch reads only the first 10 words of a query: drop stop words
   * here so they do not use up that budget. Quoted phrases are kept whole.
   */
  const sent = q.includes('"') ? q : words.filter((word) => !isStopWord(word)).join(' ')
  return { q: sent || q, limit, offset }
}

/** A string literal for a Meilisearch filter expression. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

export function inList(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quote).join(', ')}]`
}

/**
 * The scope as filter expressions (ANDed). Null when the scope can match
 * nothing (staff with no kommuner). Only staff's 'all' has no kommune filter.
 */
export function scopeFilter(scope: SearchScope): string[] | null {
  if ('citizen' in scope) {
    if (typeof scope.citizen !== 'string' || !scope.citizen) return null
    return [`kommune = ${quote(scope.citizen)}`, 'citizenVisible = true']
  }
  if (scope.staff === 'all') return []
  if (!Array.isArray(scope.staff) || scope.staff.length === 0) return null
  return [inList('kommune', scope.staff)]
}

export function queryFilters(query: SearchQuery): string[] {
  const filters: string[] = []
  const { kind, serviceArea, lang } = query.filters ?? {}
  if (kind?.length) filters.push(inList('kind', kind))
  if (serviceArea?.length) filters.push(inList('serviceArea', serviceArea))
  if (lang?.length) filters.push(inList('lang', lang))
  return filters
}

/**
 * Meilisearch counts hits exactly only in page mode (`hitsPerPage`/`page`);
 * offset/limit gives an estimate. The smallest page size ≥ limit whose page
 * holds the whole [offset, offset + limit) window, and where it starts.
 */
export function pageWindow(offset: number, limit: number) {
  if (limit === 0) return { hitsPerPage: 0, page: 1, skip: 0 }
  for (let size = limit; ; size++) {
    const page = Math.floor(offset / size)
    if ((page + 1) * size >= offset + limit) {
      return { hitsPerPage: size, page: page + 1, skip: offset - page * size }
    }
  }
}

/**
 * Meilisearch does not split an unknown compound ("plejebehov") into
 * words it knows ("pleje behov"). The query with one of its words cut in
 * two — longest words first, parts of three letters or more, with and
 * without a Danish linking -s-/-e- — for the engine to try when nothing
 * else matched.
 */
export function compoundSplits(q: string, max = 16): string[] {
  const words = q.split(' ')
  const longestFirst = words.map((_, i) => i).sort((a, b) => words[b].length - words[a].length)
  const splits = new Set<string>()
  for (const i of longestFirst) {
    const letters = [...words[i]]
    if (letters.length < 6 || !/^\p{L}+$/u.test(words[i])) continue
    for (let cut = 3; cut <= letters.length - 3; cut++) {
      const head = letters.slice(0, cut).join('')
      const tail = letters.slice(cut).join('')
      const heads = /[se]$/.test(head) && cut > 3 ? [head, head.slice(0, -1)] : [head]
      for (const part of heads) {
        splits.add([...words.slice(0, i), part, tail, ...words.slice(i + 1)].join(' '))
      }
    }
  }
  return [...splits].slice(0, max)
}
