import vine from '@vinejs/vine'
import { toPlainText, toPlainTextOrNull } from '#knowledge/plain_text'

/**
 * What the structured guide editor posts. Every text is reduced to plain
 * text on the way in (see #knowledge/plain_text).
 */
const text = (max = 2000) => vine.string().trim().minLength(1).maxLength(max).transform(toPlainText)
const optionalText = (max = 2000) =>
  vine.string().trim().maxLength(max).transform(toPlainTextOrNull).nullable()

const contact = vine.object({
  unit: text(200),
  phone: optionalText(40),
  email: vine.string().trim().email().maxLength(254).nullable(),
  address: optionalText(300),
  web: vine.string().trim().url().maxLength(500).nullable(),
  openingHours: optionalText(500),
})

export const guideContentSchema = vine.object({
  title: text(250),
  summary: text(4000),
  keywords: vine.array(text(80)).maxLength(40),
  alsoSay: vine.array(text(120)).maxLength(40).optional(),
  serviceArea: vine.string().trim().maxLength(80).nullable(),
  selfService: vine
    .object({ name: text(250), url: vine.string().trim().url().maxLength(500) })
    .nullable(),
  guidance: vine.array(text(600)).maxLength(12),
  steps: vine
    .array(
      vine.object({
        title: text(200),
        text: text(2000),
        screenshotAlt: vine.string().trim().maxLength(400).transform(toPlainText),
        screenshotPath: vine.string().trim().maxLength(300).nullable(),
      })
    )
    .maxLength(15),
  referral: vine.object({ unit: text(200), note: text(2000) }).nullable(),
  legalBasis: vine.array(text(200)).maxLength(20),
  contact: contact.nullable(),
  /** The citizen level (du-form); see #knowledge/citizen_text. */
  citizen: vine
    .object({
      intro: vine.string().trim().maxLength(1000).transform(toPlainText),
      todo: vine.array(text(600)).maxLength(15),
      haveReady: vine.array(text(400)).maxLength(12),
    })
    .nullable()
    .optional(),
})

export const saveGuideValidator = vine.create({
  content: guideContentSchema,
  reviewDueAt: vine
    .date({ formats: ['YYYY-MM-DD'] })
    .nullable()
    .optional(),
})

export const createGuideValidator = vine.create({
  title: text(250),
  kind: vine.enum(['guide', 'faq']),
})

export const publishGuideValidator = vine.create({
  changeNote: vine
    .string()
    .trim()
    .maxLength(500)
    .transform(toPlainTextOrNull)
    .nullable()
    .optional(),
})
