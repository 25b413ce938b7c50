import { inject } from '@adonisjs/core'
import ChannelConnection from '#models/channel_connection'
import type Conversation from '#models/conversation'
import ConversationMessage from '#models/conversation_message'
import Kommune from '#models/kommune'
import SendMessage from '#actions/channels/send_message'
import PostMessage from '#actions/conversations/post_message'

export class ReplyRefusedError extends Error {}

/**
 * A staff answer. It is committed to the conversation (and so shown live)
 * first; on an e-mail or SMS conversation it then leaves through that
 * conversation's connection, once: the outbound idempotency key is the
 * conversation and seq, so a retried request never sends twice.
 */
@inject()
export default class StaffReply {
  constructor(
    private post: PostMessage,
    private send: SendMessage
  ) {}

  async handle(
    conversation: Conversation,
    input: { userId: number; body: string; clientId: string }
  ) {
    if (conversation.status !== 'active' || conversation.assigneeId !== input.userId) {
      throw new ReplyRefusedError('Take the conversation before answering it')
    }
    const { message, created } = await this.post.handle(conversation, {
      author: 'staff',
      userId: input.userId,
      body: input.body,
      clientId: input.clientId,
    })
    if (conversation.channel === 'chat' || message.messageId || !conversation.contact) {
      return { message, created }
    }
    const connection = conversation.channelConnectionId
      ? await ChannelConnection.query()
          .forKommune(conversation.kommuneId)
          .where('id', conversation.channelConnectionId)
          .first()
      : null
    if (!connection) throw new ReplyRefusedError('The channel of this conversation is gone')
    const kommune = await Kommune.findOrFail(conversation.kommuneId)
    const outbound = await this.send.handle({
      connection,
      to: conversation.contact,
      subject: conversation.channel === 'email' ? `Svar fra ${kommune.name}` : null,
      text: message.body,
      replyToken: conversation.replyToken,
      userId: input.userId,
      idempotencyKey: `conversation:${conversation.id}:${message.seq}`,
    })
    await ConversationMessage.query()
      .forKommune(conversation.kommuneId)
      .where('id', message.id)
      .update({ messageId: outbound.id })
    message.messageId = outbound.id
    return { message, created }
  }
}
