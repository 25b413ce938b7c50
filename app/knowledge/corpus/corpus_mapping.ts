import type { Contact, GuideContent } from '#knowledge/guide_content'
import { generateCitizenText } from '#knowledge/citizen_text'

/**
 * Maps corpus rows (snake_case JSON) to the app's content shapes.
 */
export type CorpusContact = {
  unit: string
  phone?: string | null
  email?: string | null
  address?: string | null
  opening_hours?: string | null
  web?: string | null
}

export type CorpusArticle = {
  slug: string
  title: string
  service_area: string
  summary: string
  keywords: string[]
  self_service: { name: string; url: string } | null
  guidance: string[]
  steps: { title: string; text: string; screenshot: string }[]
  referral: { unit: string; note: string } | null
  legal_basis: string[]
  facts_checked: boolean
  kommune_code?: string
  lang?: 'da' | 'sv'
  contact?: CorpusContact | null
}

export type CorpusFaq = { slug: string; question: string; answer: string; keywords: string[] }

export function toContact(contact: CorpusContact): Contact {
  return {
    unit: contact.unit,
    phone: contact.phone ?? null,
    email: contact.email ?? null,
    address: contact.address ?? null,
    web: contact.web ?? null,
    openingHours: contact.opening_hours ?? null,
  }
}

/** A corpus guide or own article, with its citizen level generated from its content. */
export function articleContent(row: CorpusArticle): GuideContent {
  const content = articleFields(row)
  return { ...content, citizen: generateCitizenText(content, row.lang ?? 'da') }
}

function articleFields(row: CorpusArticle): GuideContent {
  return {
    title: row.title,
    summary: row.summary,
    keywords: row.keywords,
    serviceArea: row.service_area,
    selfService: row.self_service,
    guidance: row.guidance,
    steps: row.steps.map((step) => ({
      title: step.title,
      text: step.text,
      screenshotPath: null,
      screenshotAlt: step.screenshot,
    })),
    referral: row.referral,
    legalBasis: row.legal_basis,
    contact: row.contact ? toContact(row.contact) : null,
  }
}

/** A technical FAQ entry: the question is the title, the answer its summary. */
export function faqContent(row: CorpusFaq): GuideContent {
  return {
    title: row.question,
    summary: row.answer,
    keywords: row.keywords,
    serviceArea: null,
    selfService: null,
    guidance: [],
    steps: [],
    referral: null,
    legalBasis: [],
    contact: null,
    citizen: { intro: row.answer, todo: [], haveReady: [] },
  }
}
