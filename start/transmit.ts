/*
| Live chat streams (Transmit/SSE). Transmit's three routes run on the lean
| stack behind a uid check: a uid is only accepted when we signed it for a
| visitor's conversation or a staff member (see chat_tokens.ts). Each
| channel is then authorised server-side (also when the request reaches an
| instance that does not hold the stream: see subscription_relay.ts):
|   chat/conversations/:id       — that conversation's visitor, or staff who
|                                  serve its kommune;
|   chat/kommuner/:kommune/queue — staff who serve that kommune.
| A staff uid is rechecked against the request's session on every
| subscribe (staff_stream_session.ts): a copied uid is useless after logout.
*/
import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import transmit from '@adonisjs/transmit/services/main'
import Conversation from '#models/conversation'
import { chatChannels } from '#services/chat/chat_channels'
import { servesKommune } from '#services/chat/staff_scope'
import { staffStreamSession } from '#services/chat/staff_stream_session'
import StreamIdentityMiddleware from '#middleware/stream_identity_middleware'
import { subscriptionRelay } from '#services/chat/subscription_relay'
import { crossKommune } from '#tenancy/cross_kommune'
import AuditTrail from '#services/audit_trail'

const streamIdentity = new StreamIdentityMiddleware()

transmit.registerRoutes((route) => {
  route.use((ctx, next) => streamIdentity.handle(ctx, next))
  const action = route.getPattern().split('/').pop()
  if (action === 'subscribe' || action === 'unsubscribe') {
    route.use((ctx, next) => subscriptionRelay.handle(ctx, next, action))
  }
  // A stable name so the isolation walk can reason about it.
  route.as(`transmit.${route.getPattern().split('/').pop()}`)
})

const positiveId = (value: string) => (/^\d{1,10}$/.test(value) ? Number(value) : null)

transmit.authorize<{ id: string }>(
  chatChannels.conversationPattern,
  async (ctx: HttpContext, { id }) => {
    const identity = ctx.streamIdentity
    const conversationId = positiveId(id)
    if (!identity || !conversationId) return false
    if (identity.kind === 'visitor') return identity.conversationId === conversationId
    if (!(await staffStreamSession.holds(ctx, identity.userId))) return false
    // The row is read to learn its kommune, then checked against the staff's memberships.
    const conversation = await crossKommune(
      'stream authorisation reads the kommune of the row',
      () => Conversation.find(conversationId)
    )
    const allowed = conversation
      ? await servesKommune(identity.userId, conversation.kommuneId)
      : false
    if (!allowed) await auditRefusedStream(ctx, identity.userId, `chat/conversations/${id}`)
    return allowed
  }
)

transmit.authorize<{ kommune: string }>(
  chatChannels.queuePattern,
  async (ctx: HttpContext, { kommune }) => {
    const identity = ctx.streamIdentity
    const kommuneId = positiveId(kommune)
    if (!identity || identity.kind !== 'staff' || !kommuneId) return false
    if (!(await staffStreamSession.holds(ctx, identity.userId))) return false
    const allowed = await servesKommune(identity.userId, kommuneId)
    if (!allowed) await auditRefusedStream(ctx, identity.userId, `chat/kommuner/${kommune}/queue`)
    return allowed
  }
)

/** A staff member refused a stream is a failed authorisation, audited like a 403. */
async function auditRefusedStream(ctx: HttpContext, userId: number, channel: string) {
  const audit = await app.container.make(AuditTrail)
  await audit.record({
    action: 'auth.forbidden',
    userId,
    kommuneId: null,
    // A relayed subscription (another instance) may carry no request of its own.
    ip: ctx.request?.ip() ?? null,
    meta: { stream: channel },
  })
}

// Only web processes hold streams; ace commands and the test runner never listen.
if (app.getEnvironment() === 'web') subscriptionRelay.start()
