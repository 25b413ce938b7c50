import SearchableMap from 'minisearch/SearchableMap'
import type { GuideLang } from '#knowledge/guide_content'
import type { SynonymGroup } from '#search/search_engine'
import { analyzeWord, tokenize } from '#search/analysis/danish_analyzer'

/**
 * A synonym found in the query: the terms to add, the query slots they
 * stand for, and whether the query only came close (a typo) to the phrase.
 */
export type SynonymMatch = { terms: string[]; slots: number[]; fuzzy: boolean }

type Phrase = { phrase: string[]; groups: number[] }

/**
 * Synonym groups compiled to analyzed phrases, so "gult kort", "det gule
 * kort" and "sundhedskort" are compared as terms (stemmed, folded), exactly
 * like the query. Applied at query time only: changing synonyms never
 * needs a reindex.
 */
export default class SynonymTable {
  /** Phrases by their first term; each knows the groups it belongs to. */
  #byFirstTerm = new SearchableMap<Phrase[]>()
  #groups: string[][][] = []

  constructor(groups: SynonymGroup[], lang: GuideLang) {
    for (const group of groups) {
      const phrases = uniquePhrases(group.map((entry) => analyzePhrase(entry, lang)))
      if (phrases.length < 2) continue
      const groupId = this.#groups.push(phrases) - 1
      for (const phrase of phrases) this.#register(phrase, groupId)
    }
  }

  get size() {
    return this.#groups.length
  }

  /**
   * Every synonym phrase found in the query terms (one term per slot), with
   * the other phrases of its groups as replacements. A phrase's first word
   * may be misspelled within that slot's typo budget; the rest must match.
   */
  expand(slotTerms: string[], budgets: number[] = []): SynonymMatch[] {
    const matches: SynonymMatch[] = []
    for (let start = 0; start < slotTerms.length; start++) {
      for (const { entry, fuzzy } of this.#candidates(slotTerms[start], budgets[start] ?? 0)) {
        if (!startsAt(slotTerms, entry.phrase, start + 1, 1)) continue
        const slots = entry.phrase.map((_, offset) => start + offset)
        for (const groupId of entry.groups) {
          for (const other of this.#groups[groupId]) {
            if (other.join(' ') === entry.phrase.join(' ')) continue
            matches.push({ terms: other, slots, fuzzy })
          }
        }
      }
    }
    return matches
  }

  /** Phrases starting with the term, or (when none does) with a term within `budget` typos. */
  #candidates(term: string, budget: number): Array<{ entry: Phrase; fuzzy: boolean }> {
    const exact = this.#byFirstTerm.get(term)
    if (exact) return exact.map((entry) => ({ entry, fuzzy: false }))
    if (budget < 1) return []
    const close = [...this.#byFirstTerm.fuzzyGet(term, budget).values()]
    return close.flatMap(([entries]) => entries.map((entry) => ({ entry, fuzzy: true })))
  }

  #register(phrase: string[], groupId: number) {
    const entries = this.#byFirstTerm.get(phrase[0]) ?? []
    const existing = entries.find((entry) => entry.phrase.join(' ') === phrase.join(' '))
    if (existing) existing.groups.push(groupId)
    else entries.push({ phrase, groups: [groupId] })
    this.#byFirstTerm.set(phrase[0], entries)
  }
}

/**
 * Synonym groups as analyzed phrases (terms joined by spaces), for an
 * engine that applies synonyms itself (Meilisearch) to the same terms.
 */
export function analyzedGroups(groups: SynonymGroup[], lang: GuideLang): string[][] {
  return groups
    .map((group) => uniquePhrases(group.map((entry) => analyzePhrase(entry, lang))))
    .filter((phrases) => phrases.length > 1)
    .map((phrases) => phrases.map((phrase) => phrase.join(' ')))
}

function analyzePhrase(text: string, lang: GuideLang): string[] {
  return tokenize(text)
    .map((token) => analyzeWord(token.word.replace(/[-.'’]/g, ''), lang))
    .filter((term): term is string => term !== null)
}

function uniquePhrases(phrases: string[][]): string[][] {
  const seen = new Map<string, string[]>()
  for (const phrase of phrases) if (phrase.length) seen.set(phrase.join(' '), phrase)
  return [...seen.values()]
}

/** Whether `phrase` from index `from` on matches `terms` from `start` on. */
function startsAt(terms: string[], phrase: string[], start: number, from: number) {
  return phrase.slice(from).every((term, offset) => terms[start + offset] === term)
}
