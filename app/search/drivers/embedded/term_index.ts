import MiniSearch from 'minisearch'
import type { GuideLang } from '#knowledge/guide_content'
import { FIELDS, FIELD_BOOSTS, type Analyzed, type Field } from '#search/analysis/document_analysis'
import type { ExpandedQuery } from '#search/analysis/query_expansion'

/**
 * A MiniSearch index over pre-analyzed entries, searched with exact terms
 * that query expansion already resolved. Both the per-kommune indexes and
 * the staff-wide guide index are built on it, so they score alike.
 */

export type { Analyzed }
export { analyzeDocument } from '#search/analysis/document_analysis'

export type IndexEntry = { key: string; lang: GuideLang; analyzed: Analyzed }

export type Scored<E> = {
  entry: E
  score: number
  /** Document terms that matched (what to highlight). */
  matched: Set<string>
}

/**
 * Covering more of the citizen's words matters more than matching one word
 * often (Meilisearch ranks by matched words first): the score grows with
 * the square of the words covered.
 */
const COVERAGE_EXPONENT = 2

const splitOnSpace = (text: string) => text.split(' ')
const asIs = (term: string) => term || null

export default class TermIndex<E extends IndexEntry> {
  #mini = new MiniSearch<E>({
    fields: FIELDS,
    idField: 'key',
    extractField: (entry, field) =>
      field === 'key' ? entry.key : entry.analyzed.fields[field as Field],
    tokenize: splitOnSpace,
    processTerm: asIs,
  })
  #entries = new Map<string, E>()

  get size() {
    return this.#entries.size
  }

  values() {
    return this.#entries.values()
  }

  get(key: string) {
    return this.#entries.get(key)
  }

  /** Adds or replaces; returns the replaced entry. */
  put(entry: E): E | undefined {
    const previous = this.delete(entry.key)
    this.#mini.add(entry)
    this.#entries.set(entry.key, entry)
    return previous
  }

  delete(key: string): E | undefined {
    const entry = this.#entries.get(key)
    if (!entry) return undefined
    this.#mini.remove(entry)
    this.#entries.delete(key)
    return entry
  }

  /**
   * Each language's entries are searched with the query analyzed in that
   * language. Score: weighted BM25 (MiniSearch) times a power of the number
   * of query words covered, where a synonym or compound covers the words it
   * stands for (MiniSearch alone would count expanded terms, not words).
   */
  search(queries: Map<GuideLang, ExpandedQuery>, accept: (entry: E) => boolean): Scored<E>[] {
    const scored: Scored<E>[] = []
    for (const [lang, query] of queries) {
      const results = this.#mini.search([...query.terms.keys()].join(' '), {
        tokenize: splitOnSpace,
        processTerm: asIs,
        boost: FIELD_BOOSTS,
        boostTerm: (term) => query.terms.get(term)?.weight ?? 1,
        filter: (result) => {
          const entry = this.#entries.get(result.id)!
          return entry.lang === lang && accept(entry)
        },
      })
      for (const result of results) {
        scored.push({
          entry: this.#entries.get(result.id)!,
          score:
            (result.score / result.queryTerms.length) *
            coverage(query, result.queryTerms) ** COVERAGE_EXPONENT *
            query.languageFit,
          matched: new Set(result.terms),
        })
      }
    }
    return scored
  }
}

/** How many query words the matched terms cover (shares add up, at most 1 per word). */
function coverage(query: ExpandedQuery, matchedTerms: string[]): number {
  const shares = new Map<number, number>()
  for (const term of matchedTerms) {
    for (const [slot, share] of query.terms.get(term)?.covers ?? []) {
      shares.set(slot, (shares.get(slot) ?? 0) + share)
    }
  }
  let covered = 0
  for (const share of shares.values()) covered += Math.min(1, share)
  return covered
}
