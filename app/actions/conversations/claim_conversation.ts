import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Conversation from '#models/conversation'
import { crossKommune } from '#tenancy/cross_kommune'
import { conversationEvents } from '#services/chat/conversation_events'
import { chatStaffing } from '#services/chat/chat_staffing'

export class ClaimRefusedError extends Error {
  constructor(readonly reason: 'taken' | 'limit') {
    super(reason === 'taken' ? 'Already taken' : 'Too many open conversations')
  }
}

const MS_FORMAT = 'yyyy-MM-dd HH:mm:ss.SSS'

/**
 * A staff member takes a waiting conversation. The update only matches a
 * row that is still waiting, so two colleagues clicking at once cannot
 * both get it; the per-staff limit (the kommune's chat setting) is
 * checked first.
 */
export default class ClaimConversation {
  async handle(conversation: Conversation, userId: number) {
    const { maxPerStaff } = await chatStaffing.forKommune(conversation.kommuneId)
    const open = await crossKommune(
      'the per-staff limit counts every kommune a hotline serves',
      () => chatStaffing.openCount(userId)
    )
    if (open >= maxPerStaff) {
      throw new ClaimRefusedError('limit')
    }
    const now = DateTime.utc()
    const updated = await db
      .from('conversations')
      .where('id', conversation.id)
      .forKommune(conversation.kommuneId)
      .where('status', 'waiting')
      .update({
        status: 'active',
        assignee_id: userId,
        claimed_at: now.toFormat(MS_FORMAT),
        updated_at: now.toFormat(MS_FORMAT),
      })
    if (Number(Array.isArray(updated) ? updated[0] : updated) !== 1) {
      throw new ClaimRefusedError('taken')
    }
    await conversation.refresh()
    await conversationEvents.toConversation(conversation, { type: 'status', status: 'active' })
    conversationEvents.toQueue(conversation.kommuneId, {
      type: 'claimed',
      conversationId: conversation.id,
    })
    await conversationEvents.queueMoved(conversation.kommuneId)
    return conversation
  }
}
