import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Conversation from '#models/conversation'
import Inquiry, { type InquiryOutcome } from '#models/inquiry'
import { conversationEvents } from '#services/chat/conversation_events'
import PostMessage from '#actions/conversations/post_message'

export type CloseInput = {
  /** Staff closing with an outcome; a citizen ending the chat passes none. */
  by: 'staff' | 'citizen'
  userId?: number | null
  outcome?: InquiryOutcome | null
  guideId?: number | null
}

const seconds = (from: DateTime | null, to: DateTime | null) =>
  from && to ? Math.max(0, Math.round(to.diff(from, 'seconds').seconds)) : null

/**
 * Ends a conversation and registers it in `inquiries` (channel, service
 * area, guide, wait, first response and handle time, outcome; CSAT comes
 * later through RateConversation). A conversation nobody answered is
 * closed without an inquiry: there was no contact to count. Closing twice
 * is harmless.
 */
export default class CloseConversation {
  async handle(conversation: Conversation, input: CloseInput) {
    if (conversation.status === 'closed') return conversation
    const closedAt = DateTime.utc()
    const outcome = input.outcome ?? (conversation.firstResponseAt ? 'answered' : null)
    await db.transaction(async (trx) => {
      conversation.useTransaction(trx)
      conversation.merge({
        status: 'closed',
        closedAt,
        outcome,
        guideId: input.guideId ?? conversation.guideId,
      })
      await conversation.save()
      if (!outcome) return
      const started = conversation.createdAt
      await Inquiry.create(
        {
          kommuneId: conversation.kommuneId,
          userId: conversation.assigneeId ?? input.userId ?? null,
          guideId: conversation.guideId,
          serviceAreaId: conversation.serviceAreaId,
          channel: conversation.channel,
          outcome,
          source: 'conversation',
          startedAt: started,
          answeredAt: conversation.firstResponseAt,
          endedAt: closedAt,
          handleSeconds: seconds(conversation.claimedAt ?? started, closedAt) ?? 0,
          waitSeconds: seconds(started, conversation.claimedAt ?? conversation.firstResponseAt),
          conversationId: conversation.id,
          csat: conversation.csat,
        },
        { client: trx }
      )
    })
    await new PostMessage().handle(conversation, {
      author: 'system',
      body: input.by === 'staff' ? 'closed_by_staff' : 'closed_by_citizen',
    })
    await conversationEvents.toConversation(conversation, { type: 'status', status: 'closed' })
    conversationEvents.toQueue(conversation.kommuneId, {
      type: 'closed',
      conversationId: conversation.id,
    })
    await conversationEvents.queueMoved(conversation.kommuneId)
    return conversation
  }
}
