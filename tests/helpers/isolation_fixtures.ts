import { DateTime } from 'luxon'
import Guide from '#models/guide'
import GuideWorkflow from '#actions/knowledge/guide_workflow'
import { EMPTY_CONTENT } from '#knowledge/guide_content'
import Feedback from '#models/feedback'
import KnownIssue from '#models/known_issue'
import Message from '#models/message'
import Membership from '#models/membership'
import ChannelConnection from '#models/channel_connection'
import CallbackRequest from '#models/callback_request'
import CannedResponse from '#models/canned_response'
import Conversation from '#models/conversation'
import ConversationMessage from '#models/conversation_message'
import Inquiry from '#models/inquiry'
import LocalSupplement from '#models/local_supplement'
import User from '#models/user'
import type Kommune from '#models/kommune'
import { demoUser, kommuneByCode, SOROE } from '#tests/helpers/accounts'

/** Kommune B: one the hotline (Sorø, Slagelse, Holbæk) does not serve either. */
export const SVENDBORG = '479'

export interface TenantSide {
  kommune: Kommune
  admin: User
  staff: User
  /**
   * Strings that only this kommune's own users may ever see (its people's
   * e-mails, its private texts of every kommune-owned kind). A response to
   * anyone else containing one is a leak.
   */
  markers: string[]
  /** Route parameter name → one of this kommune's ids for it. */
  ids: Record<string, string>
  /** Ids a request body may carry (guide, user, kommune, conversation, …), as numbers. */
  bodyIds: {
    guideId: number
    guideSlug: string
    userId: number
    kommuneId: number
    conversationId: number
  }
}

/**
 * Kommune A (Sorø) is where every walker works; kommune B (Svendborg) owns
 * the ids they try. Both get the same private rows, so a request can also
 * carry A's own ids in the path and B's in the body. When a route
 * introduces a new parameter name, add its id here — the walk fails until
 * you do.
 */
export async function isolationSides(): Promise<{ a: TenantSide; b: TenantSide }> {
  const issue = await KnownIssue.create({
    title: 'Testmeddelelse',
    message: 'Kun redaktører kan afslutte den.',
    severity: 'info',
    startsAt: DateTime.utc().minus({ hours: 1 }),
    endsAt: DateTime.utc().plus({ hours: 1 }),
  })
  const national = await Guide.query()
    .whereNull('kommune_id')
    .where('status', 'published')
    .orderBy('id')
    .firstOrFail()
  const a = await side(SOROE, 'admin@soroe.dk', national)
  const b = await side(SVENDBORG, 'admin@svendborg.dk', national)
  a.ids.issue = b.ids.issue = String(issue.id)
  return { a, b }
}

async function staffOf(kommune: Kommune) {
  const membership = await Membership.query()
    .where('kommune_id', kommune.id)
    .where('role', 'staff')
    .preload('user')
    .orderBy('id')
    .first()
  if (membership) return membership.user
  const user = await User.create({
    email: `medarbejder-${kommune.code}@isolation.test`,
    fullName: `Medarbejder ${kommune.name}`,
    password: 'isolation-walk-password',
  })
  await Membership.create({ userId: user.id, kommuneId: kommune.id, role: 'staff' })
  return user
}

async function side(code: string, adminEmail: string, national: Guide): Promise<TenantSide> {
  const kommune = await kommuneByCode(code)
  const admin = await demoUser(adminEmail)
  const staff = await staffOf(kommune)
  const adminMembership = await Membership.query()
    .where('kommune_id', kommune.id)
    .where('user_id', admin.id)
    .firstOrFail()
  const tag = `${kommune.name} ${kommune.code}`

  // A draft own article: nobody outside the kommune may ever see a draft.
  const draftTitle = `Udkast kun for ${tag}`
  const draft = await Guide.create({
    kommuneId: kommune.id,
    country: kommune.country,
    slug: `${kommune.slug}-isolation-udkast`,
    kind: 'guide',
    lang: 'da',
    content: { ...EMPTY_CONTENT, title: draftTitle, summary: 'Privat udkast.' },
  })
  // A published own article: visible to the kommune's own staff, to nobody else's support view.
  const article = await Guide.create({
    kommuneId: kommune.id,
    country: kommune.country,
    slug: `${kommune.slug}-isolation-artikel`,
    kind: 'guide',
    lang: 'da',
    content: { ...EMPTY_CONTENT, title: `Egen artikel ${tag}`, summary: 'Kun for kommunen.' },
  })
  const workflow = new GuideWorkflow()
  await workflow.submit(article, admin.id)
  await workflow.publish(article, admin.id, null)
  const feedbackText = `Privat feedback fra ${tag}`
  const feedback = await Feedback.create({
    kommuneId: kommune.id,
    userId: staff.id,
    guideId: draft.id,
    section: 'local',
    kind: 'error',
    text: feedbackText,
    route: 'local',
    status: 'open',
  })
  // A connection whose id is a public webhook path: unsigned posts get 401, admin routes 404.
  const connection = await ChannelConnection.create({
    kommuneId: kommune.id,
    pluginId: 'sms',
    enabled: true,
  })
  const senderName = `Afsender${kommune.code}`
  connection.writeSettings({
    baseUrl: 'http://127.0.0.1:9',
    apiToken: 'isolation-token-never-used',
    senderName,
    webhookSecret: 'isolation-webhook-secret-1234',
  })
  await connection.save()
  const callbackTopic = `Ring venligst tilbage i ${tag}`
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
  const chatLine = `Privat chatbesked i ${tag}`
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
  const supplementText = `Lokal proces kun i ${tag}`
  await LocalSupplement.query().forKommune(kommune).where('guide_id', national.id).delete()
  await LocalSupplement.create({
    kommuneId: kommune.id,
    guideId: national.id,
    processText: supplementText,
    basedOnVersion: national.currentVersion,
  })
  const cannedText = `Standardsvar kun i ${tag}`
  await CannedResponse.create({
    kommuneId: kommune.id,
    code: `walk${kommune.code}`,
    title: cannedText,
    text: cannedText,
    tags: [],
  })
  const now = DateTime.utc()
  await Inquiry.create({
    kommuneId: kommune.id,
    userId: staff.id,
    guideId: draft.id,
    channel: 'phone',
    outcome: 'answered',
    source: 'staff',
    startedAt: now.minus({ minutes: 5 }),
    endedAt: now,
    handleSeconds: 300,
    day: now.toISODate()!,
  })

  return {
    kommune,
    admin,
    staff,
    markers: [
      admin.email,
      staff.email,
      draftTitle,
      feedbackText,
      callbackTopic,
      messageTo,
      chatLine,
      supplementText,
      cannedText,
      senderName,
    ],
    ids: {
      kommune: kommune.slug,
      membership: String(adminMembership.id),
      guide: String(draft.id),
      feedback: String(feedback.id),
      connection: connection.id,
      callback: String(callback.id),
      message: String(message.id),
      // Public citizen pages take a slug: a draft must never be public.
      slug: draft.slug,
      code: kommune.code,
      conversation: String(conversation.id),
      // Names one of the national statistics' tables, not a row (editors only).
      table: 'guides',
    },
    bodyIds: {
      guideId: article.id,
      guideSlug: article.slug,
      userId: staff.id,
      kommuneId: kommune.id,
      conversationId: conversation.id,
    },
  }
}
