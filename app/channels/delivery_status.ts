import channelRegistry from '#channels/registry'
import type Message from '#models/message'
import ChannelConnection from '#models/channel_connection'

/**
 * A message's delivery state as staff see it, told truthfully: `queued`
 * until the provider accepted it (`retrying` when a try failed and another
 * is planned), `sent` = accepted by the provider (still `awaitingReceipt`
 * on channels that report delivery), then `delivered` or `failed`.
 */
export type DeliveryStatusDto = {
  id: number
  status: Message['status']
  to: string
  channel: string
  retrying: boolean
  awaitingReceipt: boolean
}

export async function deliveryStatusOf(message: Message): Promise<DeliveryStatusDto> {
  const connection = await ChannelConnection.query()
    .forKommune(message.kommuneId)
    .where('id', message.connectionId)
    .first()
  const plugin =
    connection && channelRegistry.has(connection.pluginId)
      ? channelRegistry.get(connection.pluginId)
      : null
  const receipts = plugin?.manifest.capabilities.deliveryReceipts ?? false
  return {
    id: message.id,
    status: message.status,
    to: message.to,
    channel: message.channel,
    retrying: message.status === 'queued' && message.attempts > 0,
    awaitingReceipt: message.status === 'sent' && receipts,
  }
}
