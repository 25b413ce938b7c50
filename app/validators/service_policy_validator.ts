import vine from '@vinejs/vine'
import { SERVICE_CHANNELS } from '#models/service_policy'
import { toPlainTextOrNull } from '#knowledge/plain_text'

/** The whole service-policy matrix, one row per service area. */
export const servicePolicyValidator = vine.create({
  areas: vine
    .array(
      vine.object({
        serviceAreaId: vine.number().positive(),
        served: vine.boolean(),
        channels: vine.array(vine.enum(SERVICE_CHANNELS)).distinct(),
        staffScript: vine.string().trim().maxLength(1000).transform(toPlainTextOrNull).nullable(),
      })
    )
    .maxLength(100),
})
