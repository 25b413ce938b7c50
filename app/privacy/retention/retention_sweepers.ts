import type { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { LucidModel, ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import AuditLog from '#models/audit_log'
import CallbackRequest from '#models/callback_request'
import Conversation from '#models/conversation'
import ConversationMessage from '#models/conversation_message'
import Delivery from '#models/delivery'
import Feedback from '#models/feedback'
import InboundEvent from '#models/inbound_event'
import Inquiry from '#models/inquiry'
import Message from '#models/message'
import SearchMiss from '#models/search_miss'
import WidgetSession from '#models/widget_session'
import type { RetentionKind } from '#privacy/retention/retention_kinds'

/**
 * One sweep per data kind: which of a kommune's rows are past the cutoff
 * and still hold something to remove (`due`), and how one batch of them is
 * removed (`apply`). A treated row is never due again, so a sweep is safe
 * to repeat and a dry run's count is exactly what a real run would treat.
 */
export type RetentionSweeper = {
  kind: RetentionKind
  due(kommuneId: number, cutoff: string): ModelQueryBuilderContract<LucidModel, any>
  apply(kommuneId: number, ids: number[]): Promise<void>
}

const MS_FORMAT = 'yyyy-MM-dd HH:mm:ss.SSS'

/** The cutoff as the databases compare it (UTC, milliseconds; every process runs in UTC). */
export function cutoffFor(now: DateTime, days: number) {
  return now.toUTC().minus({ days }).toFormat(MS_FORMAT)
}

/** A kind whose rows simply go. */
function deleting(
  kind: RetentionKind,
  model: LucidModel,
  due: RetentionSweeper['due']
): RetentionSweeper {
  return {
    kind,
    due,
    async apply(kommuneId, ids) {
      await model.query().forKommune(kommuneId).whereIn('id', ids).delete()
    },
  }
}

/** Closed conversations: the lines go, the row stays without the citizen (inquiries point at it). */
const conversations: RetentionSweeper = {
  kind: 'conversations',
  due: (kommuneId, cutoff) =>
    Conversation.query()
      .forKommune(kommuneId)
      .withScopes((scopes) => scopes.closedWithCitizenData(cutoff)),
  async apply(kommuneId, ids) {
    await db.transaction(async (trx) => {
      await ConversationMessage.query({ client: trx })
        .forKommune(kommuneId)
        .whereIn('conversation_id', ids)
        .delete()
      await Conversation.query({ client: trx }).forKommune(kommuneId).whereIn('id', ids).update({
        contact: null,
        citizen_name: null,
        topic: null,
        page_url: null,
        page_title: null,
        reply_token: null,
      })
    })
  },
}

/**
 * Inquiries are the statistics' fact table (rollups are rebuilt from it),
 * so the row stays; what ties it to a person goes: the staff member and
 * the conversation. No measure or dimension of the rollups is touched.
 */
const inquiries: RetentionSweeper = {
  kind: 'inquiries',
  due: (kommuneId, cutoff) =>
    Inquiry.query()
      .forKommune(kommuneId)
      .where('started_at', '<', cutoff)
      .where((linked) => linked.whereNotNull('user_id').orWhereNotNull('conversation_id')),
  async apply(kommuneId, ids) {
    await Inquiry.query()
      .forKommune(kommuneId)
      .whereIn('id', ids)
      .update({ user_id: null, conversation_id: null })
  },
}

/** Sent e-mails/SMS: "guides sent most often" counts the row, so only the content and address go. */
const sentMessages: RetentionSweeper = {
  kind: 'sent_messages',
  due: (kommuneId, cutoff) =>
    Message.query()
      .forKommune(kommuneId)
      .where('created_at', '<', cutoff)
      .whereNotIn('status', ['queued', 'sending'])
      .where((pending) => pending.whereNot('to', '').orWhereNot('text', '')),
  async apply(kommuneId, ids) {
    await db.transaction(async (trx) => {
      await Delivery.query({ client: trx })
        .forKommune(kommuneId)
        .whereIn('message_id', ids)
        .delete()
      await Message.query({ client: trx }).forKommune(kommuneId).whereIn('id', ids).update({
        to: '',
        subject: null,
        text: '',
        html: null,
        reply_token: null,
        last_error: null,
      })
    })
  },
}

/** Widget sessions feed the deflection figures: the row stays, its session key is replaced. */
const widgetSessions: RetentionSweeper = {
  kind: 'widget_sessions',
  due: (kommuneId, cutoff) =>
    WidgetSession.query()
      .forKommune(kommuneId)
      .where('created_at', '<', cutoff)
      .whereNot('session_key', 'like', 'anon-%'),
  async apply(kommuneId, ids) {
    for (const id of ids) {
      await WidgetSession.query()
        .forKommune(kommuneId)
        .where('id', id)
        .update({ session_key: `anon-${id}` })
    }
  },
}

export const RETENTION_SWEEPERS: Record<RetentionKind, RetentionSweeper> = {
  conversations,
  inquiries,
  // Open feedback is an editor's or admin's unfinished work: it waits for an answer first.
  feedback: deleting('feedback', Feedback, (kommuneId, cutoff) =>
    Feedback.query()
      .forKommune(kommuneId)
      .where('created_at', '<', cutoff)
      .whereNot('status', 'open')
  ),
  // An open or claimed callback is still owed to the citizen.
  callbacks: deleting('callbacks', CallbackRequest, (kommuneId, cutoff) =>
    CallbackRequest.query()
      .forKommune(kommuneId)
      .where('created_at', '<', cutoff)
      .whereIn('status', ['done', 'cancelled'])
  ),
  inbound_payloads: deleting('inbound_payloads', InboundEvent, (kommuneId, cutoff) =>
    InboundEvent.query().forKommune(kommuneId).where('received_at', '<', cutoff)
  ),
  sent_messages: sentMessages,
  widget_sessions: widgetSessions,
  search_misses: deleting('search_misses', SearchMiss, (kommuneId, cutoff) =>
    SearchMiss.query().forKommune(kommuneId).where('created_at', '<', cutoff)
  ),
  audit_log: deleting('audit_log', AuditLog, (kommuneId, cutoff) =>
    AuditLog.query().forKommune(kommuneId).where('created_at', '<', cutoff)
  ),
}
