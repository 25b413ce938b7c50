import { createHash } from 'node:crypto'
import { inject } from '@adonisjs/core'
import channelRegistry from '#channels/registry'
import ChannelConnection from '#models/channel_connection'
import Conversation, { type ConversationChannel } from '#models/conversation'
import type InboundEvent from '#models/inbound_event'
import Kommune from '#models/kommune'
import OpenConversation from '#actions/conversations/open_conversation'
import PostMessage from '#actions/conversations/post_message'

type InboundMessagePayload = {
  from?: string
  text?: string
  subject?: string | null
  replyToken?: string | null
}

/**
 * A citizen's e-mail or SMS reply becomes a conversation message: it joins
 * the thread its reply token names, or else the open conversation of that
 * sender on that channel in that kommune; otherwise it opens a new
 * conversation, linked to the sender's last closed one. The provider's
 * event id is the message's client id, so a redelivered event is stored once.
 * Returns a problem to note on the event, or null.
 */
@inject()
export default class ReceiveInboundMessage {
  constructor(
    private open: OpenConversation,
    private post: PostMessage
  ) {}

  async handle(event: InboundEvent): Promise<string | null> {
    const payload = event.payload as InboundMessagePayload
    const connection = await ChannelConnection.query()
      .forKommune(event.kommuneId)
      .where('id', event.connectionId)
      .first()
    if (!connection || !channelRegistry.has(connection.pluginId)) return 'Unknown connection'
    const pluginKind = channelRegistry.get(connection.pluginId).manifest.kind
    if (pluginKind !== 'email' && pluginKind !== 'sms') {
      return `Inbound messages on ${pluginKind} are not threaded`
    }
    const kind: ConversationChannel = pluginKind === 'email' ? 'email' : 'sms'
    const contact = (payload.from ?? '').trim()
    const text = (payload.text ?? '').trim()
    if (!contact || !text) return 'Message without sender or text'
    const normalised = kind === 'email' ? contact.toLowerCase() : contact

    const conversation =
      (await this.#threadFor(event.kommuneId, kind, normalised, payload.replyToken ?? null)) ??
      (await this.#openFor(connection, kind, normalised, payload.subject ?? null))
    await this.post.handle(conversation, {
      author: 'citizen',
      body: text,
      clientId: `inbound-${createHash('sha256').update(event.eventId).digest('base64url').slice(0, 40)}`,
    })
    return null
  }

  /** The open conversation this reply belongs to, if any. */
  async #threadFor(
    kommuneId: number,
    channel: ConversationChannel,
    contact: string,
    token: string | null
  ) {
    if (token) {
      const byToken = await Conversation.query()
        .forKommune(kommuneId)
        .where('reply_token', token)
        .whereNot('status', 'closed')
        .first()
      if (byToken) return byToken
    }
    return Conversation.query()
      .forKommune(kommuneId)
      .where('channel', channel)
      .where('contact', contact)
      .whereNot('status', 'closed')
      .orderBy('created_at', 'desc')
      .first()
  }

  async #openFor(
    connection: ChannelConnection,
    channel: ConversationChannel,
    contact: string,
    subject: string | null
  ) {
    const previous = await Conversation.query()
      .forKommune(connection.kommuneId)
      .where('channel', channel)
      .where('contact', contact)
      .orderBy('created_at', 'desc')
      .first()
    return this.open.handle({
      kommune: await Kommune.findOrFail(connection.kommuneId),
      channel,
      connection,
      contact,
      topic: subject,
      previousConversationId: previous?.id ?? null,
    })
  }
}
