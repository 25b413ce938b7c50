import vine from '@vinejs/vine'
import { INQUIRY_CHANNELS, INQUIRY_OUTCOMES } from '#models/inquiry'
import { existsInKommune, tenantValidatorMeta } from '#tenancy/validator_metadata'

/** Validate with the signed-in kommune: `{ meta: { kommuneId } }`. */
export const inquiryValidator = tenantValidatorMeta.create(
  vine.object({
    guideId: vine
      .number()
      .positive()
      .use(existsInKommune({ table: 'guides', national: true }))
      .nullable(),
    serviceArea: vine.string().trim().maxLength(80).nullable(),
    channel: vine.enum(INQUIRY_CHANNELS),
    outcome: vine.enum(INQUIRY_OUTCOMES),
    /** When the guide was opened (the inquiry timer's start), ISO 8601. */
    startedAt: vine.date({ formats: ['iso8601'] }),
  })
)
