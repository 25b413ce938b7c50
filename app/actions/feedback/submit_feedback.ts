import { errors, inject } from '@adonisjs/core'
import Feedback from '#models/feedback'
import type Kommune from '#models/kommune'
import type User from '#models/user'
import type { FeedbackKind, FeedbackRoute, FeedbackSection } from '#models/feedback'
import type { MergedGuide } from '#knowledge/merged_guide'
import { mergedGuides } from '#knowledge/merged_guide_service'
import AuditTrail from '#services/audit_trail'

export type SubmitFeedbackInput = {
  kommune: Kommune
  user: User
  guideId: number
  section: FeedbackSection
  kind: FeedbackKind
  text: string
  ip?: string | null
}

/**
 * Who answers a remark: the kommune's own admins for its local text and
 * for its own articles (which have no national editor), the national
 * editors for the national text.
 */
export function feedbackRoute(guide: MergedGuide, section: FeedbackSection): FeedbackRoute {
  if (section === 'local' || guide.owner.type === 'own') return 'local'
  return 'national'
}

/**
 * A staff member's feedback on a guide section. The guide must be one the
 * kommune's staff can read; anything else (another kommune's article, an
 * unpublished draft) is a 404, so its existence is not confirmed.
 */
@inject()
export default class SubmitFeedback {
  constructor(private audit: AuditTrail) {}

  /** The guide as the kommune's staff read it, or a 404. */
  async visibleGuide(kommune: Kommune, guideId: number) {
    const guide = await mergedGuides.findById(kommune, guideId, 'staff')
    if (!guide) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    return guide
  }

  async handle(input: SubmitFeedbackInput) {
    const guide = await this.visibleGuide(input.kommune, input.guideId)

    const feedback = await Feedback.create({
      kommuneId: input.kommune.id,
      userId: input.user.id,
      guideId: guide.id,
      section: input.section,
      kind: input.kind,
      text: input.text,
      route: feedbackRoute(guide, input.section),
      status: 'open',
      reply: null,
      repliedBy: null,
      repliedAt: null,
    })

    await this.audit.record({
      action: 'feedback.submitted',
      userId: input.user.id,
      kommuneId: input.kommune.id,
      subject: { type: 'feedback', id: feedback.id },
      meta: {
        guideId: guide.id,
        section: feedback.section,
        kind: feedback.kind,
        route: feedback.route,
      },
      ip: input.ip ?? null,
    })
    return feedback
  }
}
