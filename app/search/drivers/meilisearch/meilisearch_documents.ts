import { createHash } from 'node:crypto'
import type { GuideKind, GuideLang } from '#knowledge/guide_content'
import type { SearchDocument } from '#search/search_engine'
import { FIELDS, analyzeDocument, type Field } from '#search/analysis/document_analysis'

/**
 * How a SearchDocument is stored in Meilisearch, and back.
 *
 * Meilisearch searches only `t.*`: each field as the app's analysis made
 * it (folded, stemmed, stop words dropped — the same terms the embedded
 * engine indexes), since Meilisearch has no Danish stemmer and folds æ/ø/å
 * differently. The original texts ride along, unsearched, for display and
 * for the app's highlighter.
 */

export type MeiliDocument = {
  /** Meilisearch ids allow only [A-Za-z0-9_-]: the contract id, base64url-encoded. */
  pk: string
  id: string
  kommune: string
  guideId: number
  slug: string
  kind: GuideKind
  lang: GuideLang
  serviceArea: string | null
  citizenVisible: boolean
  hasLocalText: boolean
  /** Content key: equal for every kommune's copy of the same text (the vocabulary counts it once). */
  ck: string
  title: string
  summary: string
  body: string
  /** The analyzed fields: the only searchable attributes. */
  t: Record<Field, string>
}

export { inList } from '#search/drivers/meilisearch/meilisearch_query'

export const LANGS: readonly GuideLang[] = ['da', 'sv']

/** Ranked as the shared analysis weighs them: title, keywords, also-say, summary, body. */
export const SEARCHABLE_ATTRIBUTES = FIELDS.map((field) => `t.${field}`)

export const FILTERABLE_ATTRIBUTES = [
  'kommune',
  'citizenVisible',
  'kind',
  'serviceArea',
  'lang',
  'slug',
  'hasLocalText',
  'ck',
]

/** What a search returns per hit: no analyzed terms (they are only for matching). */
export const RETRIEVED_ATTRIBUTES = [
  'id',
  'slug',
  'kind',
  'lang',
  'kommune',
  'serviceArea',
  'title',
  'summary',
  'body',
]

export function primaryKey(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url')
}

/** `analyzed` shares the analysis of a content between kommuner's identical copies. */
export function toMeiliDocument(
  doc: SearchDocument,
  analyzed = new Map<string, MeiliDocument['t']>()
): MeiliDocument {
  const ck = contentKey(doc)
  let t = analyzed.get(ck)
  if (!t) analyzed.set(ck, (t = analyzeDocument(doc).fields))
  return {
    pk: primaryKey(doc.id),
    id: doc.id,
    kommune: doc.kommune,
    guideId: doc.guideId,
    slug: doc.slug,
    kind: doc.kind,
    lang: doc.lang,
    serviceArea: doc.serviceArea,
    citizenVisible: doc.citizenVisible,
    hasLocalText: doc.hasLocalText,
    ck,
    title: clean(doc.title),
    summary: clean(doc.summary),
    body: clean(doc.body),
    t,
  }
}

/**
 * Private-use characters that earlier versions used as highlight tags are
 * dropped from stored text, so no stored document can carry them.
 */
function clean(text: string): string {
  return text.replace(/[\uE000\uE001]/g, '')
}

function contentKey(doc: SearchDocument): string {
  const content = [doc.slug, doc.lang, doc.title, doc.summary, doc.keywords, doc.alsoSay ?? []]
  return createHash('sha1')
    .update(JSON.stringify([...content, doc.body]))
    .digest('base64url')
}
