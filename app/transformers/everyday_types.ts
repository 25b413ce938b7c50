/**
 * Shapes of the admin to-do list and the copy review prompt as pages get
 * them. Pure types with no imports, so pages can `import type` them
 * (app/services/admin_todo.ts and app/knowledge/localize_copy.ts build them).
 */

/** A channel of the service policy (mirrors SERVICE_CHANNELS in app/models/service_policy.ts). */
export type PolicyChannel = 'phone' | 'chat' | 'email' | 'sms' | 'callback' | 'in_person'

/** The administrator's to-do list (the admin start page's props). */
export type AdminTodo = {
  /** Supplements and copies to confirm after the text they build on changed. */
  alerts: { count: number; titles: string[] }
  /** Staff remarks on our local texts that nobody has answered yet. */
  feedback: { count: number }
  /** Enabled connections whose sends failed in the last week. */
  failingChannels: { connectionId: string; name: string; failed: number }[]
  /** Channels the policy offers although no connection for them is enabled. */
  policyGaps: PolicyChannel[]
  /** Our own articles whose self-service link the link check found broken. */
  brokenLinks: { guideId: number; title: string; url: string }[]
}

/** What the guide editor shows once after a copy (the library's flash). */
export type CopyReview = { from: string; to: string; count: number; fields: string[] }

/** One guide in the editor's work queue. */
export type QueueGuide = { id: number; title: string; updatedAt: string }

/** The national editor's work queue (the editorial start page's props). */
export type EditorialQueue = {
  drafts: { count: number; guides: QueueGuide[] }
  /** Submitted by someone else: this editor may approve them. */
  toApprove: { count: number; guides: QueueGuide[] }
  /** This editor's own texts waiting for a second editor. */
  waitingForOthers: { count: number; guides: QueueGuide[] }
  /** Staff remarks on national texts nobody has answered. */
  openFeedback: number
  /** Self-service links the link check found broken, and how many guides use them. */
  brokenLinks: { links: number; guides: number }
  /** Searches without answers in the last 30 days (distinct queries). */
  searchMisses: number
}
