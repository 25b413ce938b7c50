import { inject } from '@adonisjs/core'
import type Conversation from '#models/conversation'
import type Kommune from '#models/kommune'
import SendMessage from '#actions/channels/send_message'
import { conversationQueries } from '#services/chat/conversation_queries'
import { sendConnections } from '#services/send_channels'

export class TranscriptUnavailableError extends Error {}

const AUTHOR_LABEL = { citizen: 'Dig', staff: 'Kommunen', system: '—' } as const

/**
 * "Send me this conversation by e-mail": the transcript goes out through
 * the kommune's e-mail connection, once per conversation and address (the
 * idempotency key), so a double click sends one mail.
 */
@inject()
export default class SendTranscript {
  constructor(private sendMessage: SendMessage) {}

  async handle(kommune: Kommune, conversation: Conversation, email: string) {
    const connections = await sendConnections(kommune)
    const connection = connections.get('email')
    if (!connection) throw new TranscriptUnavailableError('The kommune has no e-mail channel')
    const messages = await conversationQueries.messagesSince(conversation, 0)
    const lines = messages
      .filter((message) => message.author !== 'system')
      .map(
        (message) =>
          `[${message.createdAt.setZone(kommune.timezone).toFormat('dd-MM-yyyy HH:mm')}] ${
            AUTHOR_LABEL[message.author]
          }: ${message.body}`
      )
    return this.sendMessage.handle({
      connection,
      to: email,
      subject: `Din chat med ${kommune.name}`,
      text: [`Din chat med ${kommune.name}:`, '', ...lines].join('\n'),
      idempotencyKey: `chat-transcript:${conversation.id}:${email.toLowerCase()}`,
    })
  }
}
