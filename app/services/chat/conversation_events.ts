import logger from '@adonisjs/core/services/logger'
import type { LiveEvent } from '#channel_kit'
import channelManager from '#channels/channel_manager'
import ChannelConnection from '#models/channel_connection'
import Conversation from '#models/conversation'
import { chatChannels, publish } from '#services/chat/chat_channels'

/**
 * Tells listeners about committed changes. A chat conversation's events go
 * through the chat plugin's live delivery (the citizen's session and the
 * staff console share the conversation's channel); e-mail and SMS
 * conversations only have staff listening live. Publishing never fails the
 * caller: the change is already committed, and clients fetch gaps by seq.
 */
export const conversationEvents = {
  async toConversation(conversation: Conversation, event: LiveEvent) {
    try {
      const driver = await liveDriver(conversation)
      if (driver?.live) driver.live.deliver(conversation.id, event)
      else publish(chatChannels.conversation(conversation.id), event)
    } catch (error) {
      logger.warn({ err: error, conversationId: conversation.id }, 'Live delivery failed')
    }
  },

  /** Staff queue of one kommune: something was opened, claimed, moved or closed. */
  toQueue(kommuneId: number, event: LiveEvent) {
    try {
      publish(chatChannels.queue(kommuneId), event)
    } catch (error) {
      logger.warn({ err: error, kommuneId }, 'Queue broadcast failed')
    }
  },

  /** Every waiting citizen of a kommune learns their new place in the queue. */
  async queueMoved(kommuneId: number) {
    const waiting = await Conversation.query()
      .forKommune(kommuneId)
      .where('status', 'waiting')
      .orderBy('created_at')
      .orderBy('id')
      .limit(200)
    for (const [index, conversation] of waiting.entries()) {
      await this.toConversation(conversation, { type: 'queue', position: index + 1 })
    }
  },
}

async function liveDriver(conversation: Conversation) {
  if (conversation.channel !== 'chat' || !conversation.channelConnectionId) return null
  const connection = await ChannelConnection.query()
    .forKommune(conversation.kommuneId)
    .where('id', conversation.channelConnectionId)
    .first()
  return connection ? channelManager.driverFor(connection) : null
}
