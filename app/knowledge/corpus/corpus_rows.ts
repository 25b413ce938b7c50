import vine from '@vinejs/vine'

/**
 * VineJS schemas for every corpus file's rows. Compiled once; the reader
 * validates each row and reports `file[index].field: message`.
 */
const text = () => vine.string().trim().minLength(1)
const slug = () =>
  vine
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .maxLength(120)

const contact = vine.object({
  unit: text(),
  phone: vine.string().trim().nullable().optional(),
  email: vine.string().trim().email().nullable().optional(),
  address: vine.string().trim().nullable().optional(),
  opening_hours: vine.string().trim().nullable().optional(),
  web: vine.string().trim().url().nullable().optional(),
})

const articleFields = {
  slug: slug(),
  title: text().maxLength(250),
  service_area: slug(),
  summary: text(),
  keywords: vine.array(text()).maxLength(40),
  self_service: vine.object({ name: text(), url: vine.string().trim().url() }).nullable(),
  guidance: vine.array(text()).minLength(1),
  steps: vine.array(vine.object({ title: text(), text: text(), screenshot: text() })),
  referral: vine.object({ unit: text(), note: text() }).nullable(),
  legal_basis: vine.array(text()),
  facts_checked: vine.boolean(),
}

export const serviceAreaRow = vine.create({
  slug: slug(),
  name_da: text(),
  name_en: text(),
  name_sv: text(),
})

export const nationalGuideRow = vine.create(articleFields)

export const ownArticleRow = vine.create({
  ...articleFields,
  kommune_code: text(),
  lang: vine.enum(['da', 'sv']).optional(),
  contact: contact.nullable().optional(),
})

export const faqRow = vine.create({
  slug: slug(),
  question: text(),
  answer: text(),
  keywords: vine.array(text()),
})

export const supplementRow = vine.create({
  kommune_code: text(),
  guide_slug: slug(),
  local_text: text(),
  contact: contact,
})

export const cannedResponseRow = vine.create({
  code: vine
    .string()
    .trim()
    .regex(/^\/[a-z0-9_-]+$/),
  title: text(),
  text: text(),
  tags: vine.array(text()),
})
