import type { GuideLang } from '#knowledge/guide_content'
import { analyzeWord, isStopword, tokenize } from '#search/analysis/danish_analyzer'
import { SEARCH_LIMITS } from '#search/search_engine'
import { maskCpr } from '#support/mask_cpr'

/**
 * What a conversation asks, as weighted search queries. Chat lines are
 * longer and chattier than searches ("Hej, jeg har et spørgsmål om …"):
 * greetings and stop words are dropped before the engine's 12-word limit
 * would cut the question itself off. All text is CPR-masked first.
 */

export type ConversationText = {
  /** The citizen's lines, oldest first. */
  citizenLines: string[]
  pageTitle?: string | null
  topic?: string | null
  serviceArea?: string | null
}

export type WeightedQuery = { q: string; weight: number; role: 'latest' | 'earlier' | 'context' }

/** The latest question counts most; earlier lines less; page title and topic least. */
export const QUERY_WEIGHTS = { latest: 1, earlier: 0.55, context: 0.35 } as const

/** How many earlier lines are still asked about (older lines rarely carry the question). */
const EARLIER_LINES = 3

/** Chat filler that says nothing about the matter, beyond the analyzer's stop words. */
const FILLER = new Set(
  [
    'hej',
    'hejsa',
    'goddag',
    'godmorgen',
    'tak',
    'mange',
    'venlig',
    'hilsen',
    'mvh',
    'spørgsmål',
    'spørge',
    'vil',
    'gerne',
    'vide',
    'ok',
    'okay',
    'ja',
    'nej',
    'hvordan',
    'hvad',
    'hvorfor',
    'hvor',
    'hvornår',
    'kan',
    'skal',
    'gør',
    'jeg',
    'du',
    'i',
    'lige',
    'bare',
    'altså',
    'øh',
    'hallo',
    'hjælpe',
    'tack',
    'hälsningar',
    'fråga',
    'undrar',
    'hur',
    'vad',
    'varför',
    'när',
  ].map((word) => word.normalize('NFC'))
)

/** The meaningful words of a text, in order, at most the engine's word limit (the last ones kept). */
export function keyWords(text: string, lang: GuideLang): string[] {
  const words = tokenize(maskCpr(text))
    .map((token) => token.word)
    .filter((word) => {
      const lower = word.normalize('NFC').toLowerCase()
      return !FILLER.has(lower) && !isStopword(lower, lang) && !/^x+$/i.test(lower)
    })
  return words.slice(-SEARCH_LIMITS.maxQueryWords)
}

/** The analyzed terms of a text: what feedback is stored as and compared by. */
export function termsOf(text: string, lang: GuideLang): string[] {
  const terms = keyWords(text, lang)
    .map((word) => analyzeWord(word.toLowerCase(), lang))
    .filter((term): term is string => term !== null && !/^\d+$/.test(term))
  return [...new Set(terms)]
}

/** The queries one conversation is searched with, strongest first; empty ones left out. */
export function conversationQueries(text: ConversationText, lang: GuideLang): WeightedQuery[] {
  const lines = text.citizenLines.map((line) => keyWords(line, lang)).filter((w) => w.length)
  const queries: WeightedQuery[] = []
  const latest = lines.at(-1)
  if (latest) queries.push({ q: latest.join(' '), weight: QUERY_WEIGHTS.latest, role: 'latest' })
  lines
    .slice(0, -1)
    .slice(-EARLIER_LINES)
    .reverse()
    .forEach((words, index) => {
      // Each step back in the conversation counts a little less.
      const weight = QUERY_WEIGHTS.earlier * 0.8 ** index
      queries.push({ q: words.join(' '), weight, role: 'earlier' })
    })
  const context = keyWords(
    [text.pageTitle, text.serviceArea, text.topic].filter(Boolean).join(' '),
    lang
  )
  if (context.length) {
    queries.push({ q: context.join(' '), weight: QUERY_WEIGHTS.context, role: 'context' })
  }
  return queries
}
