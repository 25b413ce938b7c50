import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Conversation from '#models/conversation'
import { conversationEvents } from '#services/chat/conversation_events'

/** How many open conversations one staff member holds at most. */
export const MAX_CONCURRENT_CONVERSATIONS = 4

export class ClaimRefusedError extends Error {
  constructor(readonly reason: 'taken' | 'limit') {
    super(reason === 'taken' ? 'Already taken' : 'Too many open conversations')
  }
}

const MS_FORMAT = 'yyyy-MM-dd HH:mm:ss.SSS'

/**
 * A staff member takes a waiting conversation. The update only matches a
 * row that is still waiting, so two colleagues clicking at once cannot
 * both get it; the per-staff limit is checked first.
 */
export default class ClaimConversation {
  async handle(conversation: Conversation, userId: number) {
    const open = await Conversation.query()
      .where('assignee_id', userId)
      .where('status', 'active')
      .count('* as total')
      .first()
    if (Number(open?.$extras.total ?? 0) >= MAX_CONCURRENT_CONVERSATIONS) {
      throw new ClaimRefusedError('limit')
    }
    const now = DateTime.utc()
    const updated = await db
      .from('conversations')
      .where('id', conversation.id)
      .where('kommune_id', conversation.kommuneId)
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
