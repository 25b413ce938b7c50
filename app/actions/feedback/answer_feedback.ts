import { DateTime } from 'luxon'
import { Exception } from '@adonisjs/core/exceptions'
import type Feedback from '#models/feedback'
import type User from '#models/user'
import type { FeedbackStatus } from '#models/feedback'

/** A status change the feedback workflow does not allow. */
export class FeedbackTransitionError extends Exception {
  static status = 422
  static code = 'E_FEEDBACK_TRANSITION'
}

/**
 * open → acknowledged → resolved, or open → resolved directly. Nothing
 * goes back: a resolved remark that turns out wrong is a new remark.
 */
const TRANSITIONS: Record<FeedbackStatus, FeedbackStatus[]> = {
  open: ['acknowledged', 'resolved'],
  acknowledged: ['resolved'],
  resolved: [],
}

export function canMove(from: FeedbackStatus, to: FeedbackStatus) {
  return from === to || TRANSITIONS[from].includes(to)
}

export type AnswerFeedbackInput = {
  status?: FeedbackStatus
  reply?: string | null
  user: User
}

/**
 * An editor's or admin's answer to a remark: move its status and/or reply
 * to the author. The caller has already made sure the answerer may see the
 * row (route and kommune).
 */
export default class AnswerFeedback {
  async handle(feedback: Feedback, input: AnswerFeedbackInput) {
    if (input.status && !canMove(feedback.status, input.status)) {
      throw new FeedbackTransitionError(
        `Cannot move feedback from ${feedback.status} to ${input.status}`
      )
    }
    if (input.status) feedback.status = input.status
    const reply = input.reply?.trim()
    if (reply) {
      feedback.reply = reply
      feedback.repliedBy = input.user.id
      feedback.repliedAt = DateTime.utc()
    }
    await feedback.save()
    return feedback
  }
}
