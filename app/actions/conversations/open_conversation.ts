import { randomBytes } from 'node:crypto'
import type ChannelConnection from '#models/channel_connection'
import Conversation, { type ConversationChannel } from '#models/conversation'
import type Kommune from '#models/kommune'
import ServiceArea from '#models/service_area'
import { maskCpr } from '#support/mask_cpr'
import { conversationEvents } from '#services/chat/conversation_events'

export type OpenConversationInput = {
  kommune: Kommune
  channel: ConversationChannel
  connection: ChannelConnection | null
  contact?: string | null
  citizenName?: string | null
  /** A national service area slug the citizen picked (unknown slugs are ignored). */
  serviceArea?: string | null
  topic?: string | null
  pageUrl?: string | null
  pageTitle?: string | null
  previousConversationId?: number | null
  /** The citizen's language (da, sv, en). */
  locale?: string | null
}

/** Keeps what a page told us to a readable length, CPR-masked (URLs carry query strings). */
const clean = (value: string | null | undefined, max: number) =>
  value ? maskCpr(value).trim().slice(0, max) || null : null

/**
 * Starts a conversation in the kommune's waiting queue and tells the
 * kommune's staff. Every free text is CPR-masked before it is stored.
 */
export default class OpenConversation {
  async handle(input: OpenConversationInput) {
    const area = input.serviceArea ? await ServiceArea.findBy('slug', input.serviceArea) : null
    const conversation = await Conversation.create({
      kommuneId: input.kommune.id,
      channelConnectionId: input.connection?.id ?? null,
      channel: input.channel,
      contact: input.contact ?? null,
      citizenName: clean(input.citizenName, 100),
      status: 'waiting',
      serviceAreaId: area?.id ?? null,
      topic: clean(input.topic, 200),
      pageUrl: clean(input.pageUrl, 2000),
      pageTitle: clean(input.pageTitle, 300),
      replyToken: input.channel === 'email' ? randomBytes(18).toString('base64url') : null,
      lastSeq: 0,
      staffReadSeq: 0,
      previousConversationId: input.previousConversationId ?? null,
      locale: input.locale ?? null,
    })
    conversationEvents.toQueue(input.kommune.id, {
      type: 'opened',
      conversationId: conversation.id,
    })
    return conversation
  }
}
