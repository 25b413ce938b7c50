import Conversation from '#models/conversation'
import type { TenantSide } from '#tests/helpers/isolation_fixtures'
import type { Walker } from '#tests/helpers/isolation/walkers'

/**
 * What the isolation walk sends to the routes that take a request body
 * (or, for a GET, a query string) — the second door for another kommune's
 * ids after the path. Every route that changes something without an id in
 * its path is listed here, so a new one fails the walk until someone says
 * whether its body carries tenant ids:
 *
 * - `ids`: a valid request carrying `side`'s ids. The walk sends it with
 *   the walker's own kommune in the path and kommune B's ids in the body,
 *   and expects a refusal (403/404/422) with no foreign row changed.
 *   `prepare` makes the own path usable first (e.g. the conversation is the
 *   walker's), so only the foreign body id can be what stops the request.
 * - `noIds`: the body names no kommune-owned row (why, in words). With
 *   `walk: true` the route is still sent, and no other kommune's row may
 *   change (a bulk action must stay inside the walker's kommuner).
 */
export type RouteRequest =
  | {
      ids: (side: TenantSide, walker: Walker) => Record<string, unknown>[]
      prepare?: (own: TenantSide, walker: Walker) => Promise<void>
      /** How this route says no when it is not with a 401/403/404/422 (why, in the entry). */
      refusedWhen?: (status: number, text: string) => boolean
    }
  | { noIds: string; walk?: boolean; body?: Record<string, unknown> }

/** The walker's own conversation, claimed by the walker (close, transfer, suggestions need it). */
async function claimOwnConversation(own: TenantSide, walker: Walker) {
  if (!walker.user) return
  const conversation = await Conversation.findOrFail(own.bodyIds.conversationId)
  conversation.merge({ status: 'active', assigneeId: walker.user.id, lastSeq: 1 })
  await conversation.save()
}

export const ROUTE_REQUESTS: Record<string, RouteRequest> = {
  // Body ids: every one must name a row of the walker's kommune (or a national one).
  'staff.inquiries.store': {
    ids: (side) => [
      {
        guideId: side.bodyIds.guideId,
        serviceArea: null,
        channel: 'phone',
        outcome: 'answered',
        startedAt: new Date().toISOString(),
      },
    ],
  },
  'staff.conversations.close': {
    prepare: claimOwnConversation,
    ids: (side) => [{ outcome: 'answered', guideId: side.bodyIds.guideId }],
  },
  'staff.conversations.transfer': {
    prepare: claimOwnConversation,
    ids: (side) => [{ userId: side.bodyIds.userId }, { kommuneId: side.bodyIds.kommuneId }],
  },
  'staff.conversations.suggestions.wrong': {
    prepare: claimOwnConversation,
    ids: (side) => [{ slug: side.bodyIds.guideSlug }],
  },
  'admin.audit.index': {
    ids: (side) => [{ user: side.bodyIds.userId }],
    // A filter naming another kommune's user is dropped: the page shows the own trail with a note.
    refusedWhen: (status, text) =>
      status === 200 && /invalidFilter(&quot;|")\s*:\s*true/.test(text),
  },
  'api.widget.deflection.record': {
    ids: (side) => [
      { session: 'isolation-walk-session-1', step: 'opened', slug: side.bodyIds.guideSlug },
    ],
  },

  // No tenant ids in the body.
  'locale.update': { noIds: "The user's own UI language." },
  'session.store': { noIds: 'Signing in: an e-mail address and a password.' },
  'session.destroy': {
    noIds: "Ends the signed-in user's own session (not walked: it would end the walk's).",
  },
  'session.destroy_everywhere': {
    noIds: "Ends the signed-in user's own sessions (not walked: it would end the walk's).",
  },
  'staff.conversations.auto_assign': {
    noIds:
      'Takes waiting conversations of the kommuner the user serves; walked so that the checksum proves no other kommune’s conversation is taken.',
    walk: true,
  },
  'admin.articles.store': { noIds: 'A new own article of the admin’s kommune (title and text).' },
  'admin.policy.update': {
    noIds: 'Service areas are national; the policy rows are the kommune’s own.',
  },
  'admin.citizen_pages.update': { noIds: 'The kommune’s own page settings.' },
  'admin.unit_costs.update': { noIds: 'The kommune’s own unit costs.' },
  'admin.retention.update': { noIds: 'The kommune’s own retention periods (kinds and days only).' },
  'admin.channels.store': { noIds: 'A new connection of the admin’s kommune (plugin id).' },
  'editorial.guides.store': { noIds: 'A new national guide.' },
  'editorial.known_issues.store': { noIds: 'A new national notice.' },
  'editorial.links.check': { noIds: 'Checks the national self-service link registry.' },
  'editorial.search.synonyms.update': { noIds: 'National synonym lists.' },
  'transmit.subscribe': {
    noIds:
      'A stream subscription names a channel, not a row; each channel is authorised in start/transmit.ts and another kommune’s conversation and queue are refused in tests/functional/chat/live_stream.spec.ts (it needs an open stream, which this walk does not hold).',
  },
  'transmit.unsubscribe': { noIds: 'Leaves a stream; nothing is read or changed.' },
}
