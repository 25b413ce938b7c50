import transmit from '@adonisjs/transmit/services/main'
import type { RealtimePublisher } from '#channel_kit'

/**
 * Transmit channel names. One per conversation (citizen and staff both
 * listen) and one per kommune queue (staff only). Who may subscribe is
 * decided in start/transmit.ts.
 */
export const chatChannels = {
  conversation: (conversationId: number) => `chat/conversations/${conversationId}`,
  queue: (kommuneId: number) => `chat/kommuner/${kommuneId}/queue`,
  /** Pattern forms for `transmit.authorize`. */
  conversationPattern: 'chat/conversations/:id',
  queuePattern: 'chat/kommuner/:kommune/queue',
}

/**
 * Broadcasts one event. Callers publish only what is already committed:
 * a client that misses it fetches the gap by sequence number.
 */
type Broadcastable = Parameters<typeof transmit.broadcast>[1]

export function publish(channel: string, payload: Record<string, unknown>) {
  transmit.broadcast(channel, JSON.parse(JSON.stringify(payload)) as Broadcastable)
}

/** What live channel plugins get as `context.realtime` (kit 1.2.0). */
export const conversationRealtime: RealtimePublisher = {
  publishToConversation(conversationId, event) {
    publish(chatChannels.conversation(conversationId), event)
  },
}
