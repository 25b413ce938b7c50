import vine from '@vinejs/vine'
import { FEEDBACK_KINDS, FEEDBACK_SECTIONS, FEEDBACK_STATUSES } from '#models/feedback'

/** What a staff member posts about one section of a guide. */
export const submitFeedbackValidator = vine.create({
  section: vine.enum(FEEDBACK_SECTIONS),
  kind: vine.enum(FEEDBACK_KINDS),
  text: vine.string().trim().minLength(5).maxLength(2000),
})

/**
 * An editor's or admin's answer: a new status, a reply, or both. Whether
 * the status change is allowed is the action's business (it depends on
 * the current status), not the validator's.
 */
export const answerFeedbackValidator = vine.create({
  status: vine.enum(FEEDBACK_STATUSES).optional(),
  reply: vine.string().trim().maxLength(2000).nullable().optional(),
})
