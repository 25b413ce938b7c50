import { timingSafeEqual } from 'node:crypto'
import ChannelConnection, { CONNECTION_ID_PATTERN } from '#models/channel_connection'
import SandboxMessage from '#models/sandbox_message'

/**
 * What the sandbox servers share: they authenticate a request against the
 * connection it names (the way a real provider checks an account's key)
 * and store what they accept, once per idempotency key.
 */
export async function sandboxConnection(id: string | null | undefined, pluginId: string) {
  if (!id || !CONNECTION_ID_PATTERN.test(id)) return null
  return ChannelConnection.query().where('id', id).where('plugin_id', pluginId).first()
}

export function sameSecret(given: unknown, stored: unknown) {
  if (typeof given !== 'string' || typeof stored !== 'string' || !stored) return false
  const a = Buffer.from(given)
  const b = Buffer.from(stored)
  return a.length === b.length && timingSafeEqual(a, b)
}

export type Received = Pick<
  SandboxMessage,
  'channel' | 'from' | 'to' | 'subject' | 'text' | 'replyTo' | 'externalId' | 'segments'
> & { idempotencyKey: string | null }

/** Stores a received message; a retry with the same key returns the first copy. */
export async function storeReceived(connection: ChannelConnection, received: Received) {
  if (received.idempotencyKey) {
    const existing = await SandboxMessage.query()
      .forKommune(connection.kommuneId)
      .where('idempotency_key', received.idempotencyKey)
      .first()
    if (existing) return existing
  }
  return SandboxMessage.create({
    ...received,
    kommuneId: connection.kommuneId,
    connectionId: connection.id,
    status: 'accepted',
  })
}

/** The kommune's newest sandbox messages, for the outbox page. */
export function sandboxOutbox(kommune: { id: number }, limit = 50) {
  return SandboxMessage.query()
    .forKommune(kommune.id)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
}
