import type { GuideLang } from '#knowledge/guide_content'
import { SEARCH_LIMITS } from '#search/search_engine'
import {
  analyzeWord,
  danishify,
  normalize,
  prefixKey,
  tokenTerms,
  tokenize,
} from '#search/analysis/danish_analyzer'
import type SynonymTable from '#search/analysis/synonym_table'
import type Vocabulary from '#search/analysis/vocabulary'

/**
 * Turns what a citizen typed into exact index terms with weights, once per
 * search: typos, the unfinished last word, compounds and synonyms are all
 * resolved here against the vocabulary, so the per-kommune indexes only do
 * exact look-ups.
 */

/**
 * A query term: how much a match counts, and which query words (slots) it
 * stands for, with the share of each word it covers — a split compound's
 * parts cover half the word each, a synonym phrase's words 1/n.
 */
export type ExpandedTerm = { weight: number; covers: Map<number, number> }

export type ExpandedQuery = {
  /** How many meaningful words the query has. */
  slotCount: number
  /**
   * How well the query fits this language's vocabulary (smoothed share of
   * its words the index knows). A staff search over Danish and Swedish
   * documents analyzes the query in both; this keeps a Danish question from
   * ranking Swedish guides that share one word with it.
   */
  languageFit: number
  terms: Map<string, ExpandedTerm>
}

type Cover = Array<[slot: number, share: number]>

/** Relative weight of each kind of alternative (an exact term counts 1). */
export const WEIGHTS = {
  fuzzy: 0.5,
  prefix: 0.45,
  completedPrefix: 0.2,
  split: 0.6,
  knownSplit: 0.3,
  joined: 1.2,
  head: 0.35,
  synonym: 0.9,
} as const

const MAX_FUZZY = 6
const MAX_PREFIX = 12
/** A finished word's completions add up in one document ("bad" → badevand, badestrand, …): few. */
const MAX_COMPLETIONS_OF_KNOWN = 3
const MAX_HEADS = 8
const MIN_PART = 3
/** Distinct texts holding a word beyond which it is not split into parts. */
const COMMON_WORD = 5

/** Typos allowed in a word, by its length: none up to 4 letters, 1 up to 8, then 2. */
export function typoBudget(wordLength: number): number {
  if (wordLength <= 4) return 0
  return wordLength <= 8 ? 1 : 2
}

/** The query cut to SEARCH_LIMITS (characters first, then words). */
export function limitQuery(q: string): string {
  const words = q.slice(0, SEARCH_LIMITS.maxQueryLength).trim().split(/\s+/)
  return words.slice(0, SEARCH_LIMITS.maxQueryWords).join(' ')
}

type Slot = { word: string; terms: readonly string[] }
type Add = (term: string, weight: number, cover: Cover) => void

/** Null when nothing meaningful is left (empty, or stop words only). */
export function expandQuery(
  q: string,
  lang: GuideLang,
  vocabulary: Vocabulary,
  synonyms?: SynonymTable
): ExpandedQuery | null {
  const slots: Slot[] = tokenize(limitQuery(q))
    .map((token) => ({ word: token.word, terms: tokenTerms(token.word, lang) }))
    .filter((slot) => slot.terms.length > 0)
  if (!slots.length) return null
  const known = slots.filter((slot) => slot.terms.some((t) => vocabulary.has(t))).length
  const expanded: ExpandedQuery = {
    slotCount: slots.length,
    languageFit: (known + 1) / (slots.length + 1),
    terms: new Map(),
  }
  const add: Add = (term, weight, cover) => addTerm(expanded, term, weight, cover)
  slots.forEach((slot, i) => {
    const whole: Cover = [[i, 1]]
    for (const term of slot.terms) add(term, 1, whole)
    addTypos(slot, vocabulary, (term, weight) => add(term, weight, whole))
    addCompoundParts(slot, i, lang, vocabulary, add)
    if (i === slots.length - 1) addPrefixes(slot, lang, vocabulary, (t, w) => add(t, w, whole))
  })
  for (let i = 0; i + 1 < slots.length; i++) {
    const joined = joinWords(slots[i].word, slots[i + 1].word, lang, vocabulary)
    if (joined)
      add(joined, WEIGHTS.joined, [
        [i, 1],
        [i + 1, 1],
      ])
  }
  addSynonyms(slots, vocabulary, synonyms, add)
  return expanded
}

function addTerm(query: ExpandedQuery, term: string, weight: number, cover: Cover) {
  const existing = query.terms.get(term)
  if (!existing) {
    query.terms.set(term, { weight, covers: new Map(cover) })
    return
  }
  existing.weight = Math.max(existing.weight, weight)
  for (const [slot, share] of cover) {
    existing.covers.set(slot, Math.max(existing.covers.get(slot) ?? 0, share))
  }
}

/**
 * Each synonym phrase found in the query adds the other phrases of its
 * group, standing for the query words it replaced. A misspelled synonym
 * ("flytemeddelelse") still counts, weaker, within the word's typo budget.
 */
function addSynonyms(
  slots: Slot[],
  vocabulary: Vocabulary,
  synonyms: SynonymTable | undefined,
  add: Add
) {
  if (!synonyms?.size) return
  const budgets = slots.map((slot) => {
    const budget = typoBudget([...normalize(slot.word)].length)
    return vocabulary.has(slot.terms[0]) ? budget - 1 : budget
  })
  for (const match of synonyms.expand(
    slots.map((slot) => slot.terms[0]),
    budgets
  )) {
    const weight = (WEIGHTS.synonym * (match.fuzzy ? WEIGHTS.fuzzy : 1)) / match.terms.length
    const cover: Cover = match.slots.map((slot) => [slot, 1 / match.terms.length])
    for (const term of match.terms) add(term, weight, cover)
  }
}

/**
 * Close spellings the index knows, nearest and most common first. The
 * budget follows the typed word's length, as in Meilisearch; a word the
 * index knows gets one typo less (it is probably spelled right, and every
 * look-alike it drags in is noise).
 */
function addTypos(slot: Slot, vocabulary: Vocabulary, add: (term: string, w: number) => void) {
  const term = slot.terms[0]
  const budget = typoBudget([...normalize(slot.word)].length) - (vocabulary.has(term) ? 1 : 0)
  const candidates = vocabulary
    .similar(term, budget)
    .sort(
      (a, b) =>
        a.distance - b.distance || vocabulary.frequency(b.term) - vocabulary.frequency(a.term)
    )
    .slice(0, MAX_FUZZY)
  for (const { term: candidate, distance } of candidates) {
    add(candidate, (WEIGHTS.fuzzy * candidate.length) / (candidate.length + distance))
  }
}

/**
 * The last word may be unfinished: longer indexed words it starts. When it
 * is a word the index knows, the citizen has most likely finished typing it,
 * so its completions count less and fewer are tried.
 */
function addPrefixes(
  slot: Slot,
  lang: GuideLang,
  vocabulary: Vocabulary,
  add: (t: string, w: number) => void
) {
  const key = prefixKey(slot.word, lang)
  if (key.length < 3) return
  const known = vocabulary.has(slot.terms[0])
  const base = known ? WEIGHTS.completedPrefix : WEIGHTS.prefix
  const candidates = vocabulary
    .startingWith(key)
    .sort((a, b) => vocabulary.frequency(b) - vocabulary.frequency(a))
    .slice(0, known ? MAX_COMPLETIONS_OF_KNOWN : MAX_PREFIX)
  for (const candidate of candidates) {
    const distance = candidate.length - key.length
    add(candidate, (base * candidate.length) / (candidate.length + 0.3 * distance))
  }
}

/**
 * Danish glues nouns together. A compound is also tried as two indexed
 * words ("vuggestueplads" → "vuggestue" + "plads", dropping a linking s/e),
 * each covering half the query word — weaker when the index knows the
 * whole word, not at all when many texts use it (its parts would only add
 * noise and cost); a known head also finds longer compounds that end in it
 * ("pasning" → "børnepasning").
 */
function addCompoundParts(
  slot: Slot,
  i: number,
  lang: GuideLang,
  vocabulary: Vocabulary,
  add: Add
) {
  const term = slot.terms[0]
  const frequency = vocabulary.frequency(term)
  const splitWeight = frequency > 0 ? WEIGHTS.knownSplit : WEIGHTS.split
  if (frequency < COMMON_WORD) {
    for (const part of splitCompound(slot.word, lang, vocabulary) ?? []) {
      add(part, splitWeight, [[i, 0.5]])
    }
  }
  if (term.length < 5) return
  const heads = vocabulary
    .endingWith(term)
    .filter((candidate) => candidate.length - term.length >= MIN_PART)
    .sort((a, b) => vocabulary.frequency(b) - vocabulary.frequency(a))
    .slice(0, MAX_HEADS)
  for (const head of heads) add(head, WEIGHTS.head, [[i, 1]])
}

/** The best split of a word into two indexed words, or null. */
export function splitCompound(
  word: string,
  lang: GuideLang,
  vocabulary: Vocabulary
): string[] | null {
  const spelled = lang === 'da' ? danishify(normalize(word)) : normalize(word)
  let best: { parts: string[]; score: number } | null = null
  for (let cut = MIN_PART; cut <= spelled.length - MIN_PART; cut++) {
    const right = analyzeWord(spelled.slice(cut), lang)
    if (!right || !vocabulary.has(right)) continue
    for (const left of leftCandidates(spelled.slice(0, cut))) {
      const leftTerm = analyzeWord(left, lang)
      if (!leftTerm || !vocabulary.has(leftTerm)) continue
      const score = Math.min(left.length, spelled.length - cut)
      if (!best || score > best.score) best = { parts: [leftTerm, right], score }
    }
  }
  return best?.parts ?? null
}

/** The modifier as written, and without a linking "s" or "e". */
function leftCandidates(left: string): string[] {
  const last = left.at(-1)
  return (last === 's' || last === 'e') && left.length > MIN_PART
    ? [left, left.slice(0, -1)]
    : [left]
}

/** Two adjacent words written as one indexed compound ("bolig støtte" → "boligstøtte"). */
export function joinWords(first: string, second: string, lang: GuideLang, vocabulary: Vocabulary) {
  for (const glue of ['', 's']) {
    const term = analyzeWord(`${first}${glue}${second}`.replace(/[-.'’]/g, ''), lang)
    if (term && vocabulary.has(term)) return term
  }
  return null
}
