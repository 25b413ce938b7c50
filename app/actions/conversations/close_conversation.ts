import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Conversation from '#models/conversation'
import Kommune from '#models/kommune'
import type { InquiryOutcome } from '#models/inquiry'
import RecordInquiry from '#actions/stats/record_inquiry'
import PostMessage from '#actions/conversations/post_message'
import { conversationEvents } from '#services/chat/conversation_events'

export type CloseInput = {
  /** Staff closing with an outcome; a citizen ending the chat passes none. */
  by: 'staff' | 'citizen'
  userId?: number | null
  outcome?: InquiryOutcome | null
  guideId?: number | null
}

/**
 * Ends a conversation and registers it in `inquiries` through RecordInquiry
 * (channel, service area, guide, queue wait, first response, handle time,
 * outcome; the chat's CSAT arrives later through RateConversation). A
 * citizen who leaves before anyone answered is counted as not resolved.
 * Closing twice is harmless.
 */
@inject()
export default class CloseConversation {
  constructor(
    private record: RecordInquiry,
    private post: PostMessage
  ) {}

  async handle(conversation: Conversation, input: CloseInput) {
    if (conversation.status === 'closed') return conversation
    const closedAt = DateTime.utc()
    const outcome = input.outcome ?? (conversation.firstResponseAt ? 'answered' : 'not_resolved')
    const kommune = await Kommune.findOrFail(conversation.kommuneId)
    await db.transaction(async (trx) => {
      conversation.useTransaction(trx)
      conversation.merge({
        status: 'closed',
        closedAt,
        outcome,
        guideId: input.guideId ?? conversation.guideId,
      })
      await conversation.save()
      const inquiry = await this.record.handle(
        kommune,
        {
          channel: conversation.channel,
          source: conversation.channel,
          outcome,
          serviceAreaId: conversation.serviceAreaId,
          guideId: conversation.guideId,
          userId: conversation.assigneeId ?? input.userId ?? null,
          startedAt: conversation.createdAt,
          answeredAt: conversation.claimedAt,
          firstResponseAt: conversation.firstResponseAt,
          endedAt: closedAt,
          csatAsked: conversation.channel === 'chat',
          contactKey: conversation.contact,
        },
        { trx }
      )
      inquiry.conversationId = conversation.id
      await inquiry.save()
    })
    await this.post.handle(conversation, {
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
