import { createHash } from 'node:crypto'
import type { GuideLang } from '#knowledge/guide_content'
import type { SearchDocument } from '#search/search_engine'
import type { Candidate } from '#search/drivers/embedded/kommune_index'
import type { ExpandedQuery } from '#search/analysis/query_expansion'
import TermIndex, { analyzeDocument } from '#search/drivers/embedded/term_index'
import type { Analyzed } from '#search/drivers/embedded/term_index'

/**
 * The staff-wide index. Most kommuner show the same national text, so a
 * guide has a handful of distinct contents ("variants") across 98 kommuner:
 * indexing each variant once, with the kommuner that show it, makes a staff
 * search over every kommune cost about as much as one kommune's search
 * instead of 98. It also hands out the analysis of a content already seen,
 * so a full rebuild analyzes each text once.
 */

class Variant {
  /** The documents with this content, by kommune code. */
  readonly docs = new Map<string, SearchDocument>()
  #first: SearchDocument | null = null

  constructor(
    readonly key: string,
    readonly lang: GuideLang,
    readonly analyzed: Analyzed
  ) {}

  set(doc: SearchDocument) {
    this.docs.set(doc.kommune, doc)
    this.#first = null
  }

  delete(code: string) {
    this.docs.delete(code)
    this.#first = null
  }

  /** The document of the lowest kommune code (remembered: asked on every staff search). */
  first(): SearchDocument {
    this.#first ??= [...this.docs.values()].reduce((a, b) => (b.kommune < a.kommune ? b : a))
    return this.#first
  }
}

/** Contents that appeared or disappeared with a write (for the vocabulary). */
export type VariantChange = {
  added: Array<{ lang: GuideLang; terms: string[] }>
  removed: Array<{ lang: GuideLang; terms: string[] }>
}

/** Staff scope: null means every kommune. */
export type KommuneSet = Set<string> | null

export default class GuideIndex {
  #index = new TermIndex<Variant>()
  #variantOf = new Map<string, string>()
  #bySlug = new Map<string, Map<string, SearchDocument>>()
  /** Sorted codes with local text per guide, computed when first asked; dropped on writes. */
  #localText = new Map<string, string[]>()

  /** The analysis for a document: shared with identical content already indexed. */
  analysisFor(doc: SearchDocument): { key: string; analyzed: Analyzed } {
    const key = contentKey(doc)
    return { key, analyzed: this.#index.get(key)?.analyzed ?? analyzeDocument(doc) }
  }

  put(doc: SearchDocument, key: string, analyzed: Analyzed): VariantChange {
    const change = this.delete(doc.id)
    let variant = this.#index.get(key)
    if (!variant) {
      variant = new Variant(key, doc.lang, analyzed)
      this.#index.put(variant)
      change.added.push({ lang: doc.lang, terms: analyzed.terms })
    }
    variant.set(doc)
    this.#variantOf.set(doc.id, key)
    const kommuner = this.#bySlug.get(doc.slug) ?? new Map<string, SearchDocument>()
    this.#bySlug.set(doc.slug, kommuner.set(doc.kommune, doc))
    this.#localText.delete(doc.slug)
    return change
  }

  delete(id: string): VariantChange {
    const change: VariantChange = { added: [], removed: [] }
    const key = this.#variantOf.get(id)
    const variant = key === undefined ? undefined : this.#index.get(key)
    if (!variant) return change
    this.#variantOf.delete(id)
    for (const [code, doc] of variant.docs) {
      if (doc.id !== id) continue
      variant.delete(code)
      const kommuner = this.#bySlug.get(doc.slug)
      this.#localText.delete(doc.slug)
      if (kommuner?.get(code) === doc) kommuner.delete(code)
      if (kommuner?.size === 0) this.#bySlug.delete(doc.slug)
    }
    if (variant.docs.size === 0) {
      this.#index.delete(variant.key)
      change.removed.push({ lang: variant.lang, terms: variant.analyzed.terms })
    }
    return change
  }

  /** Kommuner in scope whose document of this guide has local text. */
  kommunerWithLocalText(slug: string, scope: KommuneSet): string[] {
    let codes = this.#localText.get(slug)
    if (!codes) {
      const docs = [...(this.#bySlug.get(slug)?.values() ?? [])]
      codes = docs
        .filter((doc) => doc.hasLocalText)
        .map((doc) => doc.kommune)
        .sort()
      this.#localText.set(slug, codes)
    }
    return scope ? codes.filter((code) => scope.has(code)) : [...codes]
  }

  /**
   * Matching documents in scope. With `distinct`, one per variant (the
   * caller keeps the best variant per guide): the lowest kommune code, so
   * the answer is stable. `accept` sees one document per variant: what it
   * checks (kind, area, language) is part of the content, equal for all.
   */
  search(
    queries: Map<GuideLang, ExpandedQuery>,
    scope: KommuneSet,
    accept: (doc: SearchDocument) => boolean,
    distinct: boolean
  ): Candidate[] {
    const candidates: Candidate[] = []
    const scored = this.#index.search(queries, (variant) => {
      const doc = variant.docs.values().next().value
      return doc !== undefined && accept(doc) && docsInScope(variant, scope, true).length > 0
    })
    for (const { entry, score, matched } of scored) {
      for (const doc of docsInScope(entry, scope, distinct))
        candidates.push({ doc, score, matched })
    }
    return candidates
  }
}

/**
 * A variant's documents in scope, or only the one with the lowest kommune
 * code. Walks whichever is smaller: the staff member's kommuner or the
 * variant's (a national text is shown by ~90 kommuner).
 */
function docsInScope(variant: Variant, scope: KommuneSet, onlyFirst: boolean): SearchDocument[] {
  if (!scope && onlyFirst) return [variant.first()]
  const docs: SearchDocument[] = []
  if (scope && scope.size < variant.docs.size) {
    for (const code of scope) {
      const doc = variant.docs.get(code)
      if (doc) docs.push(doc)
    }
  } else {
    for (const doc of variant.docs.values()) if (!scope || scope.has(doc.kommune)) docs.push(doc)
  }
  if (!onlyFirst || docs.length < 2) return docs
  return [docs.reduce((first, doc) => (doc.kommune < first.kommune ? doc : first))]
}

/** Documents with equal searchable content share a key (kommune and flags aside). */
function contentKey(doc: SearchDocument): string {
  const content = [doc.slug, doc.lang, doc.kind, doc.serviceArea, doc.title, doc.summary]
  return createHash('sha1')
    .update(JSON.stringify([...content, doc.keywords, doc.alsoSay ?? [], doc.body]))
    .digest('base64url')
}
