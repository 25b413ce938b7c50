import Conversation from '#models/conversation'
import ConversationMessage from '#models/conversation_message'
import type { VisitorClaims } from '#services/chat/chat_tokens'
import { crossKommune } from '#tenancy/cross_kommune'

/** Most messages one gap fetch returns; the client asks again from the last seq it got. */
export const MAX_FETCH = 500

/**
 * Read side of conversations. Staff queries are limited to the kommuner the
 * user serves; a visitor reaches only the conversation its token was signed for.
 */
export const conversationQueries = {
  /**
   * The signed token names exactly one conversation; its kommune is read from
   * the row (staff may have moved it to another kommune they serve).
   */
  forVisitor(claims: VisitorClaims) {
    return crossKommune(
      'a signed visitor token names its conversation; the row tells the kommune',
      () => Conversation.query().where('id', claims.conversationId).first()
    )
  },

  forStaff(kommuneIds: number[], id: number) {
    if (kommuneIds.length === 0) return Promise.resolve(null)
    return Conversation.query()
      .forKommuner(kommuneIds)
      .where('id', id)
      .preload('assignee')
      .preload('serviceArea')
      .first()
  },

  /** Messages with seq > `afterSeq`, in order: exactly the gap a reconnecting client missed. */
  messagesSince(conversation: Conversation, afterSeq: number, limit = MAX_FETCH) {
    return ConversationMessage.query()
      .forKommune(conversation.kommuneId)
      .where('conversation_id', conversation.id)
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(Math.min(limit, MAX_FETCH))
  },

  /** 1 for the next in line; null once someone took it. */
  async queuePosition(conversation: Conversation) {
    if (conversation.status !== 'waiting') return null
    const ahead = await Conversation.query()
      .forKommune(conversation.kommuneId)
      .where('status', 'waiting')
      .where((query) =>
        query
          .where(
            'created_at',
            '<',
            conversation.createdAt.toUTC().toFormat('yyyy-MM-dd HH:mm:ss.SSS')
          )
          .orWhere((same) =>
            same
              .where(
                'created_at',
                conversation.createdAt.toUTC().toFormat('yyyy-MM-dd HH:mm:ss.SSS')
              )
              .where('id', '<', conversation.id)
          )
      )
      .count('* as total')
      .first()
    return Number(ahead?.$extras.total ?? 0) + 1
  },

  /** The console: every waiting conversation of the kommuner served, and the user's own open ones. */
  staffInbox(kommuneIds: number[], userId: number) {
    if (kommuneIds.length === 0) return Promise.resolve([])
    return Conversation.query()
      .forKommuner(kommuneIds)
      .where((scope) =>
        scope
          .where('status', 'waiting')
          .orWhere((mine) => mine.where('status', 'active').where('assignee_id', userId))
      )
      .preload('assignee')
      .preload('serviceArea')
      .orderBy('created_at')
      .orderBy('id')
      .limit(200)
  },
}
