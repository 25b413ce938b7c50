import db from '@adonisjs/lucid/services/db'
import type Conversation from '#models/conversation'
import Inquiry from '#models/inquiry'

export class RatingRefusedError extends Error {}

/**
 * The citizen's 1–5 satisfaction answer at the end of a chat, once. It is
 * copied onto the conversation's inquiry (when one was registered) so the
 * statistics see it.
 */
export default class RateConversation {
  async handle(conversation: Conversation, csat: number) {
    if (conversation.status !== 'closed' || conversation.csat !== null) {
      throw new RatingRefusedError('Only a closed, unrated conversation can be rated')
    }
    await db.transaction(async (trx) => {
      conversation.useTransaction(trx)
      conversation.csat = csat
      await conversation.save()
      await Inquiry.query({ client: trx })
        .where('kommune_id', conversation.kommuneId)
        .where('conversation_id', conversation.id)
        .update({ csat })
    })
    return conversation
  }
}
