import vine from '@vinejs/vine'
import { INQUIRY_CHANNELS } from '#models/inquiry'
import { PERIOD_PRESETS } from '#stats/period'

const isoDay = () =>
  vine
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()

/**
 * The dashboard's query string: a period preset (or custom from/to), one
 * service area and one channel. Unknown values are refused (422) rather
 * than silently widened to "everything".
 */
export const dashboardFiltersValidator = vine.create({
  preset: vine.enum(PERIOD_PRESETS).optional(),
  from: isoDay(),
  to: isoDay(),
  area: vine.number().withoutDecimals().min(0).optional(),
  channel: vine.enum(INQUIRY_CHANNELS).optional(),
})
