import ChannelConnection from '#models/channel_connection'
import type Kommune from '#models/kommune'
import { PHONE_CALLBACK_PLUGIN } from '#actions/channels/request_callback'
import { parseOpeningHours, WEEKDAYS, type Weekday } from '#channels/opening_hours'
import { enabledSendChannels, type SendChannel } from '#services/send_channels'

/** How a kommune's citizens can reach a person or get a page sent (its enabled channels). */
export type PortalReach = {
  /** Phone callback hours per weekday; null when callbacks are not offered. */
  callbackHours: { day: Weekday; opens: string; closes: string }[] | null
  /** Channels "send this page to me" can use. */
  sendChannels: SendChannel[]
  /** The kommune has an enabled chat connection (the chat client says whether it is open now). */
  chat: boolean
}

export async function portalReach(kommune: Kommune): Promise<PortalReach> {
  const [connections, sendChannels] = await Promise.all([
    ChannelConnection.query()
      .forKommune(kommune.id)
      .whereIn('plugin_id', [PHONE_CALLBACK_PLUGIN, 'chat'])
      .where('enabled', 1),
    enabledSendChannels(kommune),
  ])
  const connection = connections.find((row) => row.pluginId === PHONE_CALLBACK_PLUGIN)
  const hours = connection ? parseOpeningHours(connection.readSettings().openingHours) : null
  return {
    callbackHours: hours
      ? WEEKDAYS.flatMap((day) =>
          hours[day] ? [{ day, opens: hours[day]![0], closes: hours[day]![1] }] : []
        )
      : null,
    sendChannels,
    chat: connections.some((row) => row.pluginId === 'chat'),
  }
}
