import type Feedback from '#models/feedback'
import type { FeedbackKind, FeedbackRoute, FeedbackSection, FeedbackStatus } from '#models/feedback'

/** One remark as inboxes and the author's list show it. */
export type FeedbackDto = {
  id: number
  kommune: { code: string; name: string }
  guide: { id: number; slug: string; title: string; national: boolean }
  author: string | null
  section: FeedbackSection
  kind: FeedbackKind
  text: string
  route: FeedbackRoute
  status: FeedbackStatus
  reply: string | null
  repliedAt: string | null
  createdAt: string
}

/** Needs `guide`, `kommune` and `user` preloaded. */
export function toFeedbackDto(feedback: Feedback): FeedbackDto {
  return {
    id: feedback.id,
    kommune: { code: feedback.kommune.code, name: feedback.kommune.name },
    guide: {
      id: feedback.guide.id,
      slug: feedback.guide.slug,
      title: feedback.guide.title,
      national: feedback.guide.kommuneId === null,
    },
    author: feedback.user?.fullName ?? null,
    section: feedback.section,
    kind: feedback.kind,
    text: feedback.text,
    route: feedback.route,
    status: feedback.status,
    reply: feedback.reply,
    repliedAt: feedback.repliedAt?.toISO() ?? null,
    createdAt: feedback.createdAt.toISO()!,
  }
}
