import { DateTime } from 'luxon'
import Guide from '#models/guide'
import { EMPTY_CONTENT } from '#knowledge/guide_content'
import Feedback from '#models/feedback'
import KnownIssue from '#models/known_issue'
import Message from '#models/message'
import Membership from '#models/membership'
import ChannelConnection from '#models/channel_connection'
import CallbackRequest from '#models/callback_request'
import Conversation from '#models/conversation'
import ConversationMessage from '#models/conversation_message'
import type Kommune from '#models/kommune'
import type User from '#models/user'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'

export interface TenantSide {
  kommune: Kommune
  admin: User
  /**
   * Strings that only kommune B's own users may ever see (its people's
   * e-mails, its private texts). A response to A containing one is a leak.
   */
  markers: string[]
  /** Route parameter name → one of this kommune's ids for it. */
  ids: Record<string, string>
}

/**
 * Kommune A (Sorø) signs in; kommune B (Slagelse) owns the ids we try.
 * When a route introduces a new parameter name, add B's id for it here —
 * the isolation test fails until you do.
 */
export async function isolationSides(): Promise<{ a: TenantSide; b: TenantSide }> {
  return { a: await side(SOROE, 'admin@soroe.dk'), b: await side(SLAGELSE, 'admin@slagelse.dk') }
}

async function side(code: string, adminEmail: string): Promise<TenantSide> {
  const kommune = await kommuneByCode(code)
  const admin = await demoUser(adminEmail)
  const staff = await Membership.query()
    .where('kommune_id', kommune.id)
    .where('role', 'staff')
    .preload('user')
    .firstOrFail()
  const adminMembership = await Membership.query()
    .where('kommune_id', kommune.id)
    .where('user_id', admin.id)
    .firstOrFail()

  // A draft own article: nobody outside the kommune may ever see a draft.
  const draftTitle = `Udkast kun for ${kommune.name} ${kommune.code}`
  const draft = await Guide.create({
    kommuneId: kommune.id,
    country: kommune.country,
    slug: `${kommune.slug}-isolation-udkast`,
    kind: 'guide',
    lang: 'da',
    content: { ...EMPTY_CONTENT, title: draftTitle, summary: 'Privat udkast.' },
  })

  // Feedback on the kommune's own text: only its own admins may read it.
  const feedbackText = `Privat feedback fra ${kommune.name}`
  const feedback = await Feedback.create({
    kommuneId: kommune.id,
    userId: staff.user.id,
    guideId: draft.id,
    section: 'local',
    kind: 'error',
    text: feedbackText,
    route: 'local',
    status: 'open',
  })

  // A channel connection with a webhook: its id is a public path, so the walk's unsigned
  // POST must be refused (401), and every admin route must answer 404 to kommune A.
  const connection = await ChannelConnection.create({
    kommuneId: kommune.id,
    pluginId: 'sms',
    enabled: true,
  })
  connection.writeSettings({
    baseUrl: 'http://127.0.0.1:9',
    apiToken: 'isolation-token-never-used',
    senderName: 'Kommune',
    webhookSecret: 'isolation-webhook-secret-1234',
  })
  await connection.save()
  const callbackTopic = `Ring venligst tilbage i ${kommune.name}`
  const callback = await CallbackRequest.create({
    kommuneId: kommune.id,
    phone: '+4512345678',
    windowStart: DateTime.utc().plus({ days: 1 }),
    windowEnd: DateTime.utc().plus({ days: 1, hours: 1 }),
    topic: callbackTopic,
    status: 'open',
    attempts: 0,
    nextAttemptAt: DateTime.utc().plus({ days: 1 }),
  })

  // A message the kommune sent a citizen (its recipient is personal data).
  const messageTo = `borger-${kommune.code}@example.dk`
  const message = await Message.create({
    kommuneId: kommune.id,
    connectionId: connection.id,
    channel: 'email',
    idempotencyKey: `isolation-${kommune.code}`,
    to: messageTo,
    text: 'Vejledning',
    status: 'sent',
    attempts: 1,
  })
  // A chat conversation with a private line: its id must answer 404 everywhere but its own kommune.
  const chatLine = `Privat chatbesked i ${kommune.name}`
  const conversation = await Conversation.create({
    kommuneId: kommune.id,
    channel: 'chat',
    status: 'waiting',
    topic: `Chatemne ${kommune.code}`,
    lastSeq: 1,
    staffReadSeq: 0,
  })
  await ConversationMessage.create({
    kommuneId: kommune.id,
    conversationId: conversation.id,
    seq: 1,
    author: 'citizen',
    body: chatLine,
    clientId: 'isolation-line',
  })
  // A national notice (editors only manage it; other roles get 403).
  const issue = await KnownIssue.create({
    title: 'Testmeddelelse',
    message: 'Kun redaktører kan afslutte den.',
    severity: 'info',
    startsAt: DateTime.utc().minus({ hours: 1 }),
    endsAt: DateTime.utc().plus({ hours: 1 }),
  })

  return {
    kommune,
    admin,
    markers: [
      admin.email,
      staff.user.email,
      draftTitle,
      feedbackText,
      callbackTopic,
      messageTo,
      chatLine,
    ],
    ids: {
      kommune: kommune.slug,
      membership: String(adminMembership.id),
      guide: String(draft.id),
      feedback: String(feedback.id),
      connection: connection.id,
      callback: String(callback.id),
      message: String(message.id),
      // Public citizen pages take a slug: B's draft must never be public.
      slug: draft.slug,
      code: kommune.code,
      issue: String(issue.id),
      conversation: String(conversation.id),
    },
  }
}
