import { stemmer as danishStemmer } from '@orama/stemmers/danish'
import { stemmer as swedishStemmer } from '@orama/stemmers/swedish'
import { stopwords as danishStopwords } from '@orama/stopwords/danish'
import { stopwords as swedishStopwords } from '@orama/stopwords/swedish'
import type { GuideLang } from '#knowledge/guide_content'

/**
 * The analyzer turns Danish (or Swedish) text into index terms. The same
 * functions run on documents and on queries, so whatever spelling a citizen
 * types ends up as the term the document was indexed under. Pure functions:
 * no state, no I/O.
 */

/** A word of the original text and where it sits (for highlighting). */
export type Token = { word: string; start: number; end: number }

/**
 * Words glued by hyphens, dots or apostrophes stay one token ("p-licens",
 * "mit.dk") so that both the joined form and the parts can be indexed.
 */
const WORD = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu
const SEPARATOR = /[-.'’]/

/**
 * Words citizens put around the question that carry no meaning for search,
 * on top of Snowball's list: question words, politeness and modal verbs.
 */
const EXTRA_DANISH_STOPWORDS = [
  'hvordan',
  'hvorfor',
  'hvornår',
  'hvem',
  'hvilken',
  'hvilke',
  'hvilket',
  'kan',
  'får',
  'få',
  'så',
  'må',
  'gerne',
  'bare',
  'lige',
  'hej',
  'tak',
  'venlig',
  'venligst',
  'nogen',
  'ja',
  'nej',
  'osv',
  'fx',
]
const EXTRA_SWEDISH_STOPWORDS = ['hur', 'varför', 'när', 'vem', 'vilken', 'vilka', 'kan', 'få']

const STOPWORDS: Record<GuideLang, Set<string>> = {
  da: new Set([...danishStopwords, ...EXTRA_DANISH_STOPWORDS]),
  sv: new Set([...swedishStopwords, ...EXTRA_SWEDISH_STOPWORDS]),
}

const STEMMERS: Record<GuideLang, (word: string) => string> = {
  da: danishStemmer,
  sv: swedishStemmer,
}

/** Lower case in one canonical Unicode form (å typed as a + ring is å). */
export function normalize(text: string): string {
  return text.normalize('NFC').toLowerCase()
}

/** Every word of a text with its offsets in the original string. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(WORD)) {
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length })
  }
  return tokens
}

/**
 * Citizens without a Danish keyboard write ø as "oe", å as "aa", æ as "ae".
 * Turning those back before stemming lets the stemmer see the word a Dane
 * would have written ("koerekortet" is stemmed like "kørekortet").
 */
export function danishify(word: string): string {
  return word.replaceAll('oe', 'ø').replaceAll('aa', 'å').replaceAll('ae', 'æ')
}

/**
 * The lossy key every term is indexed under: æ/ø/å, their ASCII spellings
 * and their bare-vowel spellings all meet ("kørekort", "koerekort" and
 * "korekort" are one term). Accents are dropped (é, ü, ä, ö).
 */
export function fold(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replaceAll('æ', 'a')
    .replaceAll('ø', 'o')
    .replaceAll('ß', 'ss')
    .replaceAll('ae', 'a')
    .replaceAll('oe', 'o')
    .replaceAll('aa', 'a')
}

export function isStopword(word: string, lang: GuideLang): boolean {
  const lower = normalize(word)
  return STOPWORDS[lang].has(lower) || (lang === 'da' && STOPWORDS.da.has(danishify(lower)))
}

/**
 * One plain word (no separators) to its term, or null when it carries no
 * meaning (stop word, a single letter).
 */
export function analyzeWord(word: string, lang: GuideLang): string | null {
  const cache = CACHES[lang]
  const cached = cache.get(word)
  if (cached !== undefined) return cached
  if (cache.size >= MAX_CACHED_WORDS) cache.clear()
  const term = analyzeUncached(word, lang)
  cache.set(word, term)
  return term
}

/**
 * Words repeat endlessly across 98 kommuners' copies of the same guides:
 * remembering each word's term makes indexing and highlighting cheap. The
 * cache is bounded so odd input cannot grow it without limit.
 */
const MAX_CACHED_WORDS = 200_000
const CACHES: Record<GuideLang, Map<string, string | null>> = { da: new Map(), sv: new Map() }

function analyzeUncached(word: string, lang: GuideLang): string | null {
  const lower = normalize(word)
  if (isStopword(lower, lang)) return null
  if (lower.length < 2 && !/\p{N}/u.test(lower)) return null
  if (lang === 'sv') return fold(STEMMERS.sv(lower))
  const term = fold(STEMMERS.da(danishify(lower)))
  return IRREGULAR_DANISH[term] ?? term
}

/**
 * Plurals the stemmer cannot bring back to the singular (vowel changes the
 * folding does not already cover, like mænd → mand), as folded stems.
 */
const IRREGULAR_DANISH: Record<string, string> = {
  born: 'barn',
  modr: 'mor',
  fadr: 'far',
  brodr: 'bror',
  dotr: 'dat',
  sostr: 'sost',
  ojn: 'oje',
  gaml: 'gammel',
}

/**
 * The terms of one token. A glued token ("p-licens", "e-boks") yields the
 * joined word as well as its parts, so "plicens", "p-licens" and "licens"
 * all find it. Cached like words: highlighting asks for every word of a
 * snippet's text.
 */
export function tokenTerms(word: string, lang: GuideLang): readonly string[] {
  const cache = TOKEN_CACHES[lang]
  let terms = cache.get(word)
  if (terms) return terms
  if (cache.size >= MAX_CACHED_WORDS) cache.clear()
  terms = SEPARATOR.test(word) ? gluedTerms(word, lang) : [analyzeWord(word, lang)].filter(isTerm)
  cache.set(word, terms)
  return terms
}

const TOKEN_CACHES: Record<GuideLang, Map<string, string[]>> = { da: new Map(), sv: new Map() }

function gluedTerms(word: string, lang: GuideLang): string[] {
  const parts = word.split(SEPARATOR)
  const terms = [analyzeWord(parts.join(''), lang), ...parts.map((p) => analyzeWord(p, lang))]
  return [...new Set(terms.filter(isTerm))]
}

function isTerm(term: string | null): term is string {
  return term !== null
}

/** All terms of a text, in order, duplicates kept (term frequency counts). */
export function analyzeText(text: string, lang: GuideLang): string[] {
  return tokenize(text).flatMap((token) => tokenTerms(token.word, lang))
}

/**
 * The same word unstemmed (folded only): what the last, possibly unfinished
 * query word is matched against as a prefix, since stemming a half-typed
 * word would cut it in odd places.
 */
export function prefixKey(word: string, lang: GuideLang): string {
  const lower = normalize(word).replace(new RegExp(SEPARATOR, 'g'), '')
  return fold(lang === 'da' ? danishify(lower) : lower)
}
