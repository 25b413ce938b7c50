import db from '@adonisjs/lucid/services/db'
import type Conversation from '#models/conversation'
import ConversationMessage from '#models/conversation_message'
import { servesKommune } from '#services/chat/staff_scope'
import { conversationEvents } from '#services/chat/conversation_events'

export type TransferTarget = { userId: number } | { kommuneId: number }

export class TransferRefusedError extends Error {}

/**
 * Hands an open conversation to a colleague who serves its kommune, or to
 * the waiting queue of another kommune the current staff member also
 * serves (a shared hotline). Moving kommune moves every message with it,
 * so the rows keep one owner.
 */
export default class TransferConversation {
  async handle(conversation: Conversation, fromUserId: number, target: TransferTarget) {
    if (conversation.status === 'closed') throw new TransferRefusedError('closed')
    const previousKommuneId = conversation.kommuneId
    if ('userId' in target) {
      if (!(await servesKommune(target.userId, conversation.kommuneId))) {
        throw new TransferRefusedError('The colleague does not serve this kommune')
      }
      conversation.merge({ assigneeId: target.userId, status: 'active', staffReadSeq: 0 })
      await conversation.save()
    } else {
      if (!(await servesKommune(fromUserId, target.kommuneId))) {
        throw new TransferRefusedError('You do not serve that kommune')
      }
      await db.transaction(async (trx) => {
        await ConversationMessage.query({ client: trx })
          .where('conversation_id', conversation.id)
          .forKommune(previousKommuneId)
          .update({ kommuneId: target.kommuneId })
        conversation.useTransaction(trx)
        conversation.merge({
          kommuneId: target.kommuneId,
          assigneeId: null,
          status: 'waiting',
          claimedAt: null,
          staffReadSeq: 0,
        })
        await conversation.save()
      })
      await conversationEvents.toConversation(conversation, { type: 'status', status: 'waiting' })
      await conversationEvents.queueMoved(target.kommuneId)
    }
    const event = { type: 'transferred', conversationId: conversation.id }
    conversationEvents.toQueue(previousKommuneId, event)
    if (previousKommuneId !== conversation.kommuneId) {
      conversationEvents.toQueue(conversation.kommuneId, event)
    }
    return conversation
  }
}
