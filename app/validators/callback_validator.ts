import vine from '@vinejs/vine'
import { toPlainText, toPlainTextOrNull } from '#knowledge/plain_text'

/** A local date-time as `<input type="datetime-local">` sends it, or a full ISO string. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/

const notes = () =>
  vine.string().trim().maxLength(2000).transform(toPlainTextOrNull).nullable().optional()

/**
 * A citizen's callback request. The phone number, the window against the
 * opening hours and the service area are checked by RequestCallback.
 */
export const requestCallbackValidator = vine.create({
  phone: vine.string().trim().minLength(6).maxLength(30),
  windowStart: vine.string().trim().regex(DATE_TIME),
  windowEnd: vine.string().trim().regex(DATE_TIME),
  topic: vine.string().trim().minLength(3).maxLength(500).transform(toPlainText),
  serviceAreaId: vine.number().withoutDecimals().positive().nullable().optional(),
})

/** Staff record how a callback went; "not reached" needs the next try's time. */
export const callbackOutcomeValidator = vine.create({
  outcome: vine.enum(['reached', 'not_reached'] as const),
  nextAttemptAt: vine
    .string()
    .trim()
    .regex(DATE_TIME)
    .optional()
    .requiredWhen('outcome', '=', 'not_reached'),
  notes: notes(),
})

export const cancelCallbackValidator = vine.create({
  notes: notes(),
})
