import { readFile } from 'node:fs/promises'
import type { SearchDocument } from '#search/search_engine'

/**
 * Search documents straight from the corpus JSON, for benchmarking without
 * a seeded database. Same shape as the merged view gives
 * (app/search/search_documents.ts): per Danish kommune the national guides
 * and FAQ with its supplement appended, its own articles; the Swedish
 * guides for Kristinehamn only. Referral placeholders stay unfilled.
 */

/** Read relative to this file, so the helper works without a booted app. */
const CORPUS = new URL('../../database/data/corpus/', import.meta.url)

export async function readCorpusJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(new URL(file, CORPUS), 'utf8')) as T
}

type CorpusGuide = {
  slug: string
  title: string
  service_area: string | null
  summary: string
  keywords: string[]
  self_service: { name: string } | null
  guidance: string[]
  steps: Array<{ title: string; text: string }>
  referral: { unit: string; note: string } | null
  kommune_code?: string
  lang?: 'da' | 'sv'
  contact?: { unit: string }
}
type CorpusFaq = { slug: string; question: string; answer: string; keywords: string[] }
type Supplement = {
  kommune_code: string
  guide_slug: string
  local_text: string
  contact: { unit: string }
}

export async function corpusDocuments(): Promise<SearchDocument[]> {
  const [kommuner, guides, faq, supplements, own, swedish, alsoSay] = await Promise.all([
    readCorpusJson<Array<{ code: string }>>('kommuner.json'),
    readCorpusJson<CorpusGuide[]>('guides.json'),
    readCorpusJson<CorpusFaq[]>('technical_faq.json'),
    readCorpusJson<Supplement[]>('local_supplements.json'),
    readCorpusJson<CorpusGuide[]>('own_articles.json'),
    readCorpusJson<CorpusGuide[]>('sweden/guides_sv.json'),
    readCorpusJson<Record<string, string[]>>('also_say.json'),
  ])
  const local = new Map(supplements.map((s) => [`${s.kommune_code}:${s.guide_slug}`, s]))
  const ids = new Map<string, number>()
  const idOf = (slug: string) => ids.get(slug) ?? ids.set(slug, ids.size + 1).get(slug)!
  const documents: SearchDocument[] = []
  for (const { code } of kommuner) {
    for (const guide of guides) {
      const supplement = local.get(`${code}:${guide.slug}`)
      const doc = guideDocument(code, idOf(guide.slug), guide, supplement)
      documents.push({ ...doc, alsoSay: alsoSay[guide.slug] ?? [] })
    }
    for (const entry of faq) {
      documents.push({
        ...faqDocument(code, idOf(entry.slug), entry),
        alsoSay: alsoSay[entry.slug] ?? [],
      })
    }
  }
  for (const article of [...own, ...swedish]) {
    documents.push(
      guideDocument(article.kommune_code!, idOf(article.slug), article, undefined, true)
    )
  }
  return documents
}

function guideDocument(
  kommune: string,
  guideId: number,
  guide: CorpusGuide,
  supplement: Supplement | undefined,
  ownArticle = false
): SearchDocument {
  const body = [
    ...guide.guidance,
    ...guide.steps.flatMap((step) => [step.title, step.text]),
    guide.referral ? `${guide.referral.unit} ${guide.referral.note}` : '',
    supplement?.local_text ?? '',
    supplement?.contact.unit ?? guide.contact?.unit ?? '',
    guide.self_service?.name ?? '',
  ]
  return {
    id: `${kommune}:${guide.slug}`,
    kommune,
    guideId,
    slug: guide.slug,
    kind: 'guide',
    lang: guide.lang ?? 'da',
    serviceArea: guide.service_area,
    title: guide.title,
    summary: guide.summary,
    keywords: guide.keywords,
    body: body.filter(Boolean).join('\n'),
    citizenVisible: true,
    hasLocalText: ownArticle || supplement !== undefined,
  }
}

function faqDocument(kommune: string, guideId: number, entry: CorpusFaq): SearchDocument {
  return {
    id: `${kommune}:${entry.slug}`,
    kommune,
    guideId,
    slug: entry.slug,
    kind: 'faq',
    lang: 'da',
    serviceArea: null,
    title: entry.question,
    summary: entry.answer,
    keywords: entry.keywords,
    body: '',
    citizenVisible: true,
    hasLocalText: false,
  }
}
