import type { SearchDocument } from '#search/search_engine'
import { analyzeText } from '#search/analysis/danish_analyzer'

/**
 * A document as both drivers index it: each field reduced to the app's
 * terms (folded, stemmed, stop words dropped). The embedded engine feeds
 * them to MiniSearch; the Meilisearch driver stores them as the only
 * searchable attributes — so the two engines match the same terms.
 */

/**
 * Field weights, strongest first: title > keywords > what citizens also
 * say (editor phrases, weaker than the title by design) > summary > body.
 * Meilisearch ranks attributes in this order.
 */
export const FIELD_BOOSTS = { title: 4, keywords: 3, also: 2, summary: 1.5, body: 1 } as const
export type Field = keyof typeof FIELD_BOOSTS
export const FIELDS = Object.keys(FIELD_BOOSTS) as Field[]

/** A document's fields as analyzed terms (joined by spaces), computed once per distinct content. */
export type Analyzed = {
  fields: Record<Field, string>
  /** Distinct terms of all fields, for the shared vocabulary. */
  terms: string[]
}

export function analyzeDocument(doc: SearchDocument): Analyzed {
  const terms: Record<Field, string[]> = {
    title: analyzeText(doc.title, doc.lang),
    keywords: doc.keywords.flatMap((keyword) => analyzeText(keyword, doc.lang)),
    also: (doc.alsoSay ?? []).flatMap((phrase) => analyzeText(phrase, doc.lang)),
    summary: analyzeText(doc.summary, doc.lang),
    body: analyzeText(doc.body, doc.lang),
  }
  const fields = Object.fromEntries(FIELDS.map((field) => [field, terms[field].join(' ')]))
  return {
    fields: fields as Record<Field, string>,
    terms: [...new Set(FIELDS.flatMap((field) => terms[field]))],
  }
}
