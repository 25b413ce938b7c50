import { inject } from '@adonisjs/core'
import i18nManager from '@adonisjs/i18n/services/main'
import type Conversation from '#models/conversation'
import type Kommune from '#models/kommune'
import SendMessage from '#actions/channels/send_message'
import { conversationQueries } from '#services/chat/conversation_queries'
import { sendConnections } from '#services/send_channels'

export class TranscriptUnavailableError extends Error {}

/** The citizen's language: what the chat client reported, else the kommune's. */
export function citizenLocale(conversation: Conversation, kommune: Kommune) {
  const chosen = conversation.locale ?? kommune.locale
  return ['da', 'sv', 'en'].includes(chosen) ? chosen : 'da'
}

/**
 * "Send me this conversation by e-mail": the transcript goes out through
 * the kommune's e-mail connection, once per conversation and address (the
 * idempotency key), so a double click sends one mail. It is written in the
 * citizen's language (da, sv, en), with times in the kommune's time zone
 * formatted the way that language writes them.
 */
@inject()
export default class SendTranscript {
  constructor(private sendMessage: SendMessage) {}

  async handle(kommune: Kommune, conversation: Conversation, email: string) {
    const connections = await sendConnections(kommune)
    const connection = connections.get('email')
    if (!connection) throw new TranscriptUnavailableError('The kommune has no e-mail channel')
    const locale = citizenLocale(conversation, kommune)
    const i18n = i18nManager.locale(locale)
    const author = {
      citizen: i18n.t('chat_transcript.citizen'),
      staff: i18n.t('chat_transcript.staff'),
    }
    const messages = await conversationQueries.messagesSince(conversation, 0)
    const lines = messages
      .filter((message) => message.author !== 'system')
      .map((message) => {
        const at = message.createdAt
          .setZone(kommune.timezone)
          .setLocale(locale)
          .toLocaleString({ dateStyle: 'short', timeStyle: 'short' })
        return `[${at}] ${author[message.author as 'citizen' | 'staff']}: ${message.body}`
      })
    return this.sendMessage.handle({
      connection,
      to: email,
      subject: i18n.t('chat_transcript.subject', { kommune: kommune.name }),
      text: [i18n.t('chat_transcript.intro', { kommune: kommune.name }), '', ...lines].join('\n'),
      idempotencyKey: `chat-transcript:${conversation.id}:${email.toLowerCase()}`,
    })
  }
}
