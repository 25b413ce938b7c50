import channelManager from '#channels/channel_manager'
import channelRegistry from '#channels/registry'
import ChannelConnection from '#models/channel_connection'
import type Kommune from '#models/kommune'
import { sendConnections } from '#services/send_channels'

export type ChatAvailability = {
  /** The kommune has an enabled chat. */
  enabled: boolean
  /** …and it takes conversations right now (opening hours, holidays, exceptions). */
  open: boolean
  reason: 'hours' | 'closed_day' | 'unconfigured' | null
  welcome: string | null
  /** What to offer instead when closed. */
  alternatives: { email: boolean; callback: boolean }
}

/** The kommune's enabled connection of a plugin kind, if any. */
export async function enabledConnectionOfKind(kommune: Kommune, kind: string) {
  await channelRegistry.load()
  const connections = await ChannelConnection.query()
    .forKommune(kommune.id)
    .where('enabled', 1)
    .orderBy('id')
  return (
    connections.find(
      (connection) =>
        channelRegistry.has(connection.pluginId) &&
        channelRegistry.get(connection.pluginId).manifest.kind === kind
    ) ?? null
  )
}

/** Whether a kommune's chat is open now, asked of the chat plugin (it knows the hours). */
export async function chatAvailability(
  kommune: Kommune,
  at = new Date()
): Promise<ChatAvailability> {
  const chat = await enabledConnectionOfKind(kommune, 'chat')
  const senders = await sendConnections(kommune)
  const alternatives = {
    email: senders.has('email'),
    callback: (await enabledConnectionOfKind(kommune, 'phone_callback')) !== null,
  }
  if (!chat) {
    return { enabled: false, open: false, reason: 'unconfigured', welcome: null, alternatives }
  }
  const driver = await channelManager.driverFor(chat)
  const state = driver.availability?.(at) ?? { open: true }
  const settings = chat.readSettings<{ welcome?: string }>()
  return {
    enabled: true,
    open: state.open,
    reason: state.open ? null : (state.reason ?? 'hours'),
    welcome: settings.welcome ?? null,
    alternatives,
  }
}
