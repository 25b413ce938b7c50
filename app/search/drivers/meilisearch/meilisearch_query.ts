import type { GuideLang } from '#knowledge/guide_content'
import { SEARCH_LIMITS, type SearchQuery, type SearchScope } from '#search/search_engine'
import { normalize, prefixKey, tokenTerms, tokenize } from '#search/analysis/danish_analyzer'
import { joinWords, limitQuery, splitCompound, typoBudget } from '#search/analysis/query_expansion'
import type SynonymTable from '#search/analysis/synonym_table'
import type Vocabulary from '#search/analysis/vocabulary'

/**
 * Turning a contract query into Meilisearch's terms: the app's analysis
 * (the same the embedded engine runs), limits, the kommune filter every
 * query carries, and the page window that gives exact totals.
 */

export type AnalyzedQuery = {
  /** What Meilisearch is asked for: one analyzed term per query word, unknown compounds split. */
  q: string
  /**
   * The word orders to ask in (see anchoredOrders): with matching strategy
   * 'last' Meilisearch returns only documents holding the first word and
   * drops words from the end, so each order starts with one of the rarest
   * words and goes on rarest first.
   */
  orders: string[]
  /** Terms a hit's text is highlighted by (the words, their split parts, their synonyms). */
  highlight: Set<string>
  /**
   * How well the query fits this language (smoothed share of its words the
   * language's vocabulary knows), as the embedded engine weighs it: a
   * Danish question asked of Swedish guides too must not rank Swedish
   * guides that share one short word with it.
   */
  languageFit: number
}

type Slot = { word: string; terms: readonly string[] }

/** One query word as sent: its term(s), how many documents hold it, where the user wrote it. */
type Sent = { text: string; frequency: number; position: number; unfinished: boolean }

/**
 * The query in one language's terms, or null when nothing meaningful is
 * left (empty, only stop words, or no word the index could match):
 * Meilisearch would answer with everything, or with nothing. Resolved
 * against the indexed vocabulary as the embedded engine's expansion does —
 * two words written apart that the index holds as one compound are sent
 * joined ("bolig støtte" → boligstøtte), a word it does not hold that
 * splits into two it does is sent split ("plejebehov" → pleje behov), and
 * a word with no spelling within its typo budget and no completion is left
 * out (it could only match nothing, and Meilisearch's 'frequency'
 * strategy would keep it to the end). Typos and the unfinished last word
 * are left to Meilisearch, whose typo budget by word length is the app's.
 */
export function analyzeQuery(
  q: string,
  lang: GuideLang,
  vocabulary: Vocabulary,
  synonyms?: SynonymTable,
  inScope: (term: string) => boolean = () => true
): AnalyzedQuery | null {
  const slots: Slot[] = tokenize(limitQuery(String(q ?? '')))
    .map((token) => ({ word: token.word, terms: tokenTerms(token.word, lang) }))
    .filter((slot) => slot.terms.length > 0)
  if (!slots.length) return null
  const highlight = new Set<string>()
  // Words of a synonym phrase are sent as they are: Meilisearch holds the
  // same synonyms, analyzed the same way.
  const synonymSlots = new Map<number, number>()
  for (const match of synonyms?.expand(
    slots.map((slot) => slot.terms[0]),
    slots.map(() => 0)
  ) ?? []) {
    for (const term of match.terms) highlight.add(term)
    const frequency = Math.max(0, ...match.terms.map((term) => vocabulary.frequency(term)))
    for (const slot of match.slots) {
      synonymSlots.set(slot, Math.max(frequency, synonymSlots.get(slot) ?? 0))
    }
  }
  const sent: Sent[] = []
  for (let i = 0; i < slots.length; i++) {
    const { word, terms } = slots[i]
    for (const term of terms) highlight.add(term)
    const synonymFrequency = synonymSlots.get(i)
    if (synonymFrequency !== undefined) {
      const frequency = Math.max(synonymFrequency, vocabulary.frequency(terms[0]))
      sent.push({ text: terms[0], frequency, position: i, unfinished: false })
      continue
    }
    const next = slots[i + 1]
    const joined = vocabulary.size && next ? joinWords(word, next.word, lang, vocabulary) : null
    if (joined) {
      for (const term of next.terms) highlight.add(term)
      highlight.add(joined)
      sent.push({
        text: joined,
        frequency: vocabulary.frequency(joined),
        position: i,
        unfinished: false,
      })
      i++
      continue
    }
    const resolved = resolveWord(slots[i], lang, vocabulary, i === slots.length - 1)
    for (const part of resolved.terms) highlight.add(part)
    if (resolved.terms.length && resolved.terms.every(inScope)) {
      sent.push({ text: resolved.terms.join(' '), ...resolved, position: i })
    }
  }
  if (!sent.length) return null
  const known = slots.filter((slot) => slot.terms.some((term) => vocabulary.has(term))).length
  const languageFit = (known + 1) / (slots.length + 1)
  const orders = [...new Set(anchoredOrders(sent).map(queryText))]
  return { q: queryText(sent), orders, highlight, languageFit }
}

/**
 * The words as Meilisearch's q. Meilisearch completes the last word as a
 * prefix unless the query ends with a space; the app completes only words
 * of 3 letters or more, and only the word the user wrote last.
 */
function queryText(sent: Sent[]): string {
  const last = sent.at(-1)!
  const lastWritten = sent.every((word) => word.position <= last.position)
  const prefix = lastWritten && last.text.length >= 3
  return sent.map((word) => word.text).join(' ') + (prefix ? '' : ' ')
}

/** How many of the rarest words each get a query that requires them. */
const ANCHORS = 3

/**
 * The rarest words first (fewest documents; ties in the user's order), so
 * Meilisearch drops the commonest first — once per anchor: each of the
 * ANCHORS rarest words leads one order, so a document is found when it
 * holds any of them, not only the one rarest (which may be a stray word).
 * An unfinished last word stays last in every order: only the last word
 * is completed as a prefix.
 */
function anchoredOrders(sent: Sent[]): Sent[][] {
  const unfinished = sent.at(-1)?.unfinished ? sent.at(-1)! : null
  const ordered = sent
    .filter((word) => word !== unfinished)
    .sort((a, b) => a.frequency - b.frequency || a.position - b.position)
  const tail = unfinished ? [unfinished] : []
  if (!ordered.length) return [tail]
  return ordered
    .slice(0, ANCHORS)
    .map((anchor) => [anchor, ...ordered.filter((word) => word !== anchor), ...tail])
}

/**
 * The terms to send for one word (itself, its two parts, or nothing), how
 * many documents hold it, and whether it is only a prefix of indexed words.
 */
function resolveWord(slot: Slot, lang: GuideLang, vocabulary: Vocabulary, last: boolean) {
  const term = slot.terms[0]
  const none = { terms: [] as string[], frequency: 0, unfinished: false }
  if (!vocabulary.size || vocabulary.has(term)) {
    return { terms: [term], frequency: vocabulary.frequency(term), unfinished: false }
  }
  const split = splitCompound(slot.word, lang, vocabulary)
  if (split) {
    const frequency = Math.min(...split.map((part) => vocabulary.frequency(part)))
    return { terms: split, frequency, unfinished: false }
  }
  const budget = typoBudget([...normalize(slot.word)].length)
  const similar = budget > 0 ? vocabulary.similar(term, budget) : []
  if (similar.length) {
    const frequency = Math.max(...similar.map((found) => vocabulary.frequency(found.term)))
    return { terms: [term], frequency, unfinished: false }
  }
  const key = prefixKey(slot.word, lang)
  if (!last || key.length < 3) return none
  const completions = vocabulary.startingWith(key)
  if (!completions.length) return none
  return { terms: [term], frequency: completions.length, unfinished: true }
}

function clampInt(value: number | undefined, fallback: number, min: number, max: number) {
  if (value === undefined || !Number.isFinite(value)) return fallback
  return Math.min(max, Math.max(min, Math.floor(value)))
}

/** Limit and offset clamped the way every driver clamps them. */
export function pageOf(query: SearchQuery) {
  return {
    limit: clampInt(query.limit, SEARCH_LIMITS.defaultLimit, 0, SEARCH_LIMITS.maxLimit),
    offset: clampInt(query.offset, 0, 0, SEARCH_LIMITS.maxOffset),
  }
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
 * nothing (staff with no kommuner, any other shape). Only staff's 'all'
 * has no kommune filter.
 */
export function scopeFilter(scope: SearchScope): string[] | null {
  if ('citizen' in scope) {
    if (typeof scope.citizen !== 'string' || !scope.citizen) return null
    return [`kommune = ${quote(scope.citizen)}`, 'citizenVisible = true']
  }
  if (!('staff' in scope)) return null
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
