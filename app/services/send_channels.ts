import type Kommune from '#models/kommune'
import ChannelConnection from '#models/channel_connection'
import channelRegistry from '#channels/registry'

export type SendChannel = 'email' | 'sms'

/**
 * The kommune's enabled connections that can send guidance to a citizen:
 * one per kind (e-mail, SMS), from plugins with an outbound side.
 */
export async function sendConnections(kommune: Kommune) {
  const connections = await ChannelConnection.query()
    .forKommune(kommune.id)
    .where('enabled', 1)
    .orderBy('id')
  const byKind = new Map<SendChannel, ChannelConnection>()
  for (const connection of connections) {
    if (!channelRegistry.has(connection.pluginId)) continue
    const { manifest } = channelRegistry.get(connection.pluginId)
    const kind =
      manifest.kind === 'email' || manifest.kind === 'sms' ? (manifest.kind as SendChannel) : null
    if (kind && manifest.capabilities.outbound && !byKind.has(kind)) byKind.set(kind, connection)
  }
  return byKind
}

export async function enabledSendChannels(kommune: Kommune): Promise<SendChannel[]> {
  const connections = await sendConnections(kommune)
  return [...connections.keys()].sort()
}
