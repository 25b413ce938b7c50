import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Conversation from '#models/conversation'
import ConversationMessage, { type MessageAuthor } from '#models/conversation_message'
import { maskCpr } from '#support/mask_cpr'
import { conversationEvents } from '#services/chat/conversation_events'
import { toMessageDto } from '#transformers/conversation_dto'

export type PostMessageInput = {
  author: MessageAuthor
  body: string
  userId?: number | null
  /** The sender's own id for this message: the same id twice is stored once. */
  clientId?: string | null
  /** The outbound e-mail/SMS that carries a staff answer. */
  messageId?: number | null
}

export class ConversationClosedError extends Error {}

/**
 * Appends one message to a conversation. Inside one transaction the
 * conversation's `last_seq` is bumped first (on MariaDB that locks the
 * row, so writers to one conversation queue up), a repeated client id is
 * answered with the stored message (and the bump rolled back), and the
 * message takes the new seq. Only after the commit is it broadcast.
 * The body is CPR-masked before anything else sees it.
 */
export default class PostMessage {
  async handle(conversation: Conversation, input: PostMessageInput) {
    const body = maskCpr(input.body).trim()
    const clientId = input.clientId ?? null
    const trx = await db.transaction()
    let message: ConversationMessage
    try {
      await trx
        .from('conversations')
        .where('id', conversation.id)
        .forKommune(conversation.kommuneId)
        .increment('last_seq', 1)
      const existing = clientId
        ? await ConversationMessage.query({ client: trx })
            .forKommune(conversation.kommuneId)
            .where('conversation_id', conversation.id)
            .where('client_id', clientId)
            .first()
        : null
      if (existing) {
        await trx.rollback()
        return { message: existing, created: false }
      }
      const fresh = await Conversation.query({ client: trx })
        .forKommune(conversation.kommuneId)
        .where('id', conversation.id)
        .firstOrFail()
      if (fresh.status === 'closed' && input.author !== 'system') {
        throw new ConversationClosedError('The conversation is closed')
      }
      message = await ConversationMessage.create(
        {
          kommuneId: conversation.kommuneId,
          conversationId: conversation.id,
          seq: fresh.lastSeq,
          author: input.author,
          userId: input.userId ?? null,
          body,
          clientId,
          messageId: input.messageId ?? null,
        },
        { client: trx }
      )
      this.#afterStaffAnswer(fresh, input)
      fresh.useTransaction(trx)
      await fresh.save()
      await trx.commit()
      conversation.merge({
        lastSeq: fresh.lastSeq,
        staffReadSeq: fresh.staffReadSeq,
        firstResponseAt: fresh.firstResponseAt,
      })
    } catch (error) {
      if (!trx.isCompleted) await trx.rollback()
      if (clientId && isUniqueViolation(error)) {
        const stored = await ConversationMessage.query()
          .forKommune(conversation.kommuneId)
          .where('conversation_id', conversation.id)
          .where('client_id', clientId)
          .first()
        if (stored) return { message: stored, created: false }
      }
      throw error
    }
    await conversationEvents.toConversation(conversation, {
      type: 'message',
      message: toMessageDto(message),
    })
    return { message, created: true }
  }

  /** A staff line is the first response (if none yet) and marks the thread read. */
  #afterStaffAnswer(conversation: Conversation, input: PostMessageInput) {
    if (input.author !== 'staff') return
    if (!conversation.firstResponseAt) conversation.firstResponseAt = DateTime.utc()
    conversation.staffReadSeq = conversation.lastSeq
  }
}

function isUniqueViolation(error: unknown) {
  const code = (error as { code?: string })?.code ?? ''
  return code === 'ER_DUP_ENTRY' || code.startsWith('SQLITE_CONSTRAINT')
}
