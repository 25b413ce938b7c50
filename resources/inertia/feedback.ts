/**
 * Staff feedback as pages see it (mirrors app/transformers/feedback_dto.ts
 * and the constants of app/models/feedback.ts; kept by hand so the client
 * build stays free of server imports).
 */
export const FEEDBACK_SECTIONS = ['guidance', 'steps', 'referral', 'local'] as const
export const FEEDBACK_KINDS = ['error', 'unclear', 'outdated', 'suggestion'] as const
export const FEEDBACK_STATUSES = ['open', 'acknowledged', 'resolved'] as const
export type FeedbackSection = (typeof FEEDBACK_SECTIONS)[number]
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number]
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]

/** The statuses a remark may move to (itself included), as the server allows. */
export const NEXT_STATUSES: Record<FeedbackStatus, FeedbackStatus[]> = {
  open: ['open', 'acknowledged', 'resolved'],
  acknowledged: ['acknowledged', 'resolved'],
  resolved: ['resolved'],
}

export type FeedbackDto = {
  id: number
  kommune: { code: string; name: string }
  guide: { id: number; slug: string; title: string; national: boolean }
  author: string | null
  section: FeedbackSection
  kind: FeedbackKind
  text: string
  route: 'national' | 'local'
  status: FeedbackStatus
  reply: string | null
  repliedAt: string | null
  createdAt: string
}

export type FeedbackFilters = {
  status: FeedbackStatus | ''
  kind: FeedbackKind | ''
  section: FeedbackSection | ''
  kommune: string
}

export type FeedbackInboxProps = {
  items: FeedbackDto[]
  page: { current: number; last: number; total: number }
  counts: Record<FeedbackStatus, number>
  kommuner: { code: string; name: string }[]
  filters: FeedbackFilters
}
