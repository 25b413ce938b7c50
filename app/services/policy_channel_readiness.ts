import type Kommune from '#models/kommune'
import ChannelConnection from '#models/channel_connection'
import channelRegistry from '#channels/registry'
import type { ServiceChannel } from '#models/service_policy'

/**
 * Policy channels that need a channel connection (plugin kind) to work.
 * Phone and in-person service need none: they are the kommune's own.
 */
const NEEDS_CONNECTION: Partial<Record<ServiceChannel, string>> = {
  chat: 'chat',
  email: 'email',
  sms: 'sms',
  callback: 'phone_callback',
}

/**
 * The policy channels a kommune can offer today: phone and in person, plus
 * every channel whose plugin kind has an enabled connection. The policy
 * grid warns where it offers one that is not ready.
 */
export async function readyPolicyChannels(kommune: Kommune): Promise<ServiceChannel[]> {
  await channelRegistry.load()
  const connections = await ChannelConnection.query().forKommune(kommune.id).where('enabled', 1)
  const kinds = new Set(
    connections
      .filter((connection) => channelRegistry.has(connection.pluginId))
      .map((connection) => channelRegistry.get(connection.pluginId).manifest.kind)
  )
  return (['phone', 'chat', 'email', 'sms', 'callback', 'in_person'] as ServiceChannel[]).filter(
    (channel) => {
      const kind = NEEDS_CONNECTION[channel]
      return !kind || kinds.has(kind)
    }
  )
}
