import vine from '@vinejs/vine'
import { INQUIRY_CHANNELS, INQUIRY_OUTCOMES } from '#models/inquiry'

export const inquiryValidator = vine.create({
  guideId: vine.number().positive().nullable(),
  serviceArea: vine.string().trim().maxLength(80).nullable(),
  channel: vine.enum(INQUIRY_CHANNELS),
  outcome: vine.enum(INQUIRY_OUTCOMES),
  /** When the guide was opened (the inquiry timer's start), ISO 8601. */
  startedAt: vine.date({ formats: ['iso8601'] }),
})
