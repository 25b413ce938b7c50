/**
 * The conversation shapes that reach JSON and Inertia pages. Pure types with
 * no imports, so pages can `import type` them (app/transformers/conversation_dto.ts
 * builds them).
 */

/** One message as citizens and staff receive it (over HTTP and live alike). */
export type ConversationMessageDto = {
  seq: number
  author: 'citizen' | 'staff' | 'system'
  body: string
  clientId: string | null
  createdAt: string
}

/** What the citizen's client may know about its own conversation. */
export type CitizenConversationDto = {
  id: number
  status: 'waiting' | 'active' | 'closed'
  lastSeq: number
  queuePosition: number | null
  csat: number | null
  canEmailTranscript: boolean
}

/** A conversation as staff see it in the console's lists. */
export type StaffConversationDto = {
  id: number
  kommune: { id: number; name: string }
  channel: string
  status: string
  citizenName: string | null
  contact: string | null
  topic: string | null
  serviceArea: string | null
  pageUrl: string | null
  pageTitle: string | null
  assignee: { id: number; name: string } | null
  mine: boolean
  lastSeq: number
  unread: number
  createdAt: string
  claimedAt: string | null
  previousConversationId: number | null
}

/** A kommune the staff member serves, as the console needs it. */
export type ServedKommuneDto = {
  id: number
  name: string
  slug: string
  /** Where this kommune's public guide pages live: `${guideBaseUrl}/<slug>`. */
  guideBaseUrl: string
  colleagues: { id: number; name: string }[]
}

/** A canned answer offered by its /shortcut. */
export type CannedAnswerDto = { code: string; title: string; text: string }
