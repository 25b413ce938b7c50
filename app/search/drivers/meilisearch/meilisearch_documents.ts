import type { GuideKind, GuideLang } from '#knowledge/guide_content'
import type { SearchDocument } from '#search/search_engine'
import { documentStems } from '#search/drivers/meilisearch/meilisearch_stems'

/**
 * How a SearchDocument is stored in Meilisearch, and back.
 *
 * Texts sit under the document's language (`da.title`, `sv.body`, …) so
 * each field can carry its own locale in `localizedAttributes`: Meilisearch
 * picks tokenizer and normaliser per attribute, not per document.
 */

export type LocalizedText = { title: string; keywords: string[]; summary: string; body: string }

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
  da?: LocalizedText
  sv?: LocalizedText
  /** Snowball stems of all the text (see meilisearch_stems.ts); searched last, never shown. */
  stems: string
}

export const LANGS: readonly GuideLang[] = ['da', 'sv']

/** Meilisearch's names for our languages (ISO 639-3). */
export const LOCALES: Record<GuideLang, string> = { da: 'dan', sv: 'swe' }

const TEXT_FIELDS = ['title', 'keywords', 'summary', 'body'] as const

/** Ranked as the contract says: title, keywords, summary, body (each in both languages), then stems. */
export const TEXT_ATTRIBUTES = TEXT_FIELDS.flatMap((field) =>
  LANGS.map((lang) => `${lang}.${field}`)
)
export const SEARCHABLE_ATTRIBUTES = [...TEXT_ATTRIBUTES, 'stems']

export const FILTERABLE_ATTRIBUTES = [
  'kommune',
  'citizenVisible',
  'kind',
  'serviceArea',
  'lang',
  'slug',
  'hasLocalText',
]

/**
 * Highlight tags from Unicode's private use area. They are removed from
 * every document before indexing, so after escaping, the only place they
 * can appear is where Meilisearch marked a match.
 */
export const PRE_TAG = '\uE000'
export const POST_TAG = '\uE001'
const TAG_CHARS = /[\uE000\uE001]/g

function clean(text: string): string {
  return text.replace(TAG_CHARS, '')
}

export function primaryKey(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url')
}

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const text: LocalizedText = {
    title: clean(doc.title),
    keywords: doc.keywords.map(clean),
    summary: clean(doc.summary),
    body: clean(doc.body),
  }
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
    [doc.lang]: text,
    stems: documentStems({ ...doc, ...text }),
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Meilisearch's formatted text, escaped, with its match tags turned into
 * <mark> (or dropped when highlighting is off). Tags are only ever
 * replaced in pairs, so the output never holds an unclosed <mark>.
 */
export function toSafeHtml(formatted: string, highlight: boolean): string {
  const escaped = formatted.replace(/[&<>"']/g, (char) => ESCAPES[char])
  if (!highlight) return escaped.replace(TAG_CHARS, '')
  return escaped
    .replace(new RegExp(`${PRE_TAG}([^${PRE_TAG}${POST_TAG}]*)${POST_TAG}`, 'g'), '<mark>$1</mark>')
    .replace(TAG_CHARS, '')
}

export function hasMatch(formatted: string | undefined): boolean {
  return formatted?.includes(PRE_TAG) ?? false
}
