import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import AuditLog from '#models/audit_log'
import CallbackRequest from '#models/callback_request'
import Conversation from '#models/conversation'
import ConversationMessage from '#models/conversation_message'
import Delivery from '#models/delivery'
import Feedback from '#models/feedback'
import Guide from '#models/guide'
import InboundEvent from '#models/inbound_event'
import Inquiry from '#models/inquiry'
import type Kommune from '#models/kommune'
import Message from '#models/message'
import SearchMiss from '#models/search_miss'
import type User from '#models/user'
import WidgetSession from '#models/widget_session'
import type { RetentionKind } from '#privacy/retention/retention_kinds'
import ChannelConnection from '#models/channel_connection'
import { enableSms } from '#tests/helpers/sms_connection'

export type AgedRows = Record<RetentionKind, number>

const MS = 'yyyy-MM-dd HH:mm:ss.SSS'

/**
 * One row of every retention kind for a kommune, `daysAgo` old, each
 * holding personal data (a contact, a text, a staff member); returns the
 * ids by kind. Times are written after create, so no auto-timestamp wins.
 */
export async function agedRows(kommune: Kommune, staff: User, daysAgo: number): Promise<AgedRows> {
  const at = DateTime.utc().minus({ days: daysAgo })
  const stamp = at.toFormat(MS)
  const tag = `${kommune.code}-${daysAgo}-${randomUUID().slice(0, 8)}`
  const conversation = await Conversation.create({
    kommuneId: kommune.id,
    channel: 'sms',
    contact: '+4511223344',
    citizenName: `Borger ${tag}`,
    status: 'closed',
    topic: 'Byggetilladelse',
    lastSeq: 1,
    staffReadSeq: 1,
    closedAt: at,
  })
  await ConversationMessage.create({
    kommuneId: kommune.id,
    conversationId: conversation.id,
    seq: 1,
    author: 'citizen',
    body: `Linje ${tag}`,
  })
  const inquiry = await Inquiry.create({
    kommuneId: kommune.id,
    userId: staff.id,
    channel: 'sms',
    outcome: 'answered',
    source: 'sms',
    startedAt: at.minus({ minutes: 5 }),
    answeredAt: at.minus({ minutes: 4 }),
    endedAt: at,
    handleSeconds: 240,
    day: at.toISODate()!,
    conversationId: conversation.id,
  })
  const guide = await Guide.query().whereNull('kommune_id').firstOrFail()
  const feedback = await Feedback.create({
    kommuneId: kommune.id,
    userId: staff.id,
    guideId: guide.id,
    section: 'local',
    kind: 'error',
    text: `Feedback ${tag}`,
    route: 'local',
    status: 'resolved',
  })
  await Feedback.query().forKommune(kommune).where('id', feedback.id).update({ created_at: stamp })
  const callback = await CallbackRequest.create({
    kommuneId: kommune.id,
    phone: '+4512345678',
    windowStart: at,
    windowEnd: at.plus({ hours: 1 }),
    topic: `Opkald ${tag}`,
    status: 'done',
    attempts: 1,
    nextAttemptAt: at,
  })
  await CallbackRequest.query()
    .forKommune(kommune)
    .where('id', callback.id)
    .update({ created_at: stamp })
  const connection =
    (await ChannelConnection.query().forKommune(kommune).where('plugin_id', 'sms').first()) ??
    (await enableSms(kommune))
  const inbound = await InboundEvent.create({
    kommuneId: kommune.id,
    connectionId: connection.id,
    eventId: `event-${tag}`,
    type: 'message',
    payload: { from: '+4511223344', text: `Svar ${tag}` },
    receivedAt: at,
    processedAt: at,
  })
  const message = await Message.create({
    kommuneId: kommune.id,
    connectionId: connection.id,
    channel: 'sms',
    idempotencyKey: `retention-${tag}`,
    to: '+4511223344',
    text: `Vejledning ${tag}`,
    status: 'delivered',
    attempts: 1,
    guideId: guide.id,
    userId: staff.id,
  })
  await Message.query().forKommune(kommune).where('id', message.id).update({ created_at: stamp })
  await Delivery.create({
    kommuneId: kommune.id,
    messageId: message.id,
    source: 'attempt',
    attempt: 1,
    status: 'sent',
    at,
  })
  const widget = await WidgetSession.create({
    kommuneId: kommune.id,
    sessionKey: `key-${tag}`,
    asked: true,
    helpful: true,
  })
  await WidgetSession.query()
    .forKommune(kommune)
    .where('id', widget.id)
    .update({ created_at: stamp })
  const miss = await SearchMiss.create({
    kommuneId: kommune.id,
    query: `mangler ${tag}`,
    audience: 'citizen',
    reason: 'zero',
    hits: 0,
    createdAt: at,
  })
  const audit = await AuditLog.create({
    entryId: randomUUID(),
    kommuneId: kommune.id,
    userId: staff.id,
    action: 'guidance.sent',
    subjectType: null,
    subjectId: null,
    meta: null,
    ip: '127.0.0.1',
    createdAt: at,
  })
  return {
    conversations: conversation.id,
    inquiries: inquiry.id,
    feedback: feedback.id,
    callbacks: callback.id,
    inbound_payloads: inbound.id,
    sent_messages: message.id,
    widget_sessions: widget.id,
    search_misses: miss.id,
    audit_log: audit.id,
  }
}
