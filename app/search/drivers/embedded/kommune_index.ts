import type { GuideLang } from '#knowledge/guide_content'
import type { SearchDocument } from '#search/search_engine'
import type { ExpandedQuery } from '#search/analysis/query_expansion'
import TermIndex from '#search/drivers/embedded/term_index'
import type { Analyzed } from '#search/drivers/embedded/term_index'

/**
 * One kommune's documents in their own MiniSearch index: a citizen search
 * touches only its kommune's ~100 documents (measured 20× faster at p95
 * than one shared index with a filter), and cannot see another kommune's
 * documents by construction.
 */

type DocumentEntry = { key: string; lang: GuideLang; analyzed: Analyzed; doc: SearchDocument }

/** A document that matched, before ranking, paging and highlighting. */
export type Candidate = { doc: SearchDocument; score: number; matched: Set<string> }

export default class KommuneIndex {
  #index = new TermIndex<DocumentEntry>()
  #languages = new Map<GuideLang, number>()

  constructor(readonly code: string) {}

  get size() {
    return this.#index.size
  }

  *documents() {
    for (const entry of this.#index.values()) yield entry.doc
  }

  /** The languages of the documents held (normally one). */
  get languages(): GuideLang[] {
    return [...this.#languages.keys()]
  }

  /** Adds or replaces; returns the analysis of the replaced document (for the vocabulary). */
  put(doc: SearchDocument, analyzed: Analyzed): DocumentEntry | undefined {
    const previous = this.delete(doc.id)
    this.#index.put({ key: doc.id, lang: doc.lang, analyzed, doc })
    this.#countLanguage(doc.lang, 1)
    return previous
  }

  delete(id: string): DocumentEntry | undefined {
    const entry = this.#index.delete(id)
    if (entry) this.#countLanguage(entry.lang, -1)
    return entry
  }

  search(queries: Map<GuideLang, ExpandedQuery>, accept: (doc: SearchDocument) => boolean) {
    return this.#index
      .search(queries, (entry) => accept(entry.doc))
      .map(({ entry, score, matched }): Candidate => ({ doc: entry.doc, score, matched }))
  }

  #countLanguage(lang: GuideLang, change: number) {
    const count = (this.#languages.get(lang) ?? 0) + change
    if (count > 0) this.#languages.set(lang, count)
    else this.#languages.delete(lang)
  }
}
