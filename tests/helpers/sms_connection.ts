import ChannelConnection from '#models/channel_connection'
import type Kommune from '#models/kommune'

/** An enabled SMS connection for a kommune (settings point nowhere; tests fake the driver). */
export async function enableSms(kommune: Kommune) {
  const connection = await ChannelConnection.create({
    kommuneId: kommune.id,
    pluginId: 'sms',
    enabled: true,
  })
  connection.writeSettings({
    baseUrl: 'http://127.0.0.1:9',
    apiToken: 'test-token-never-used',
    senderName: kommune.name.slice(0, 11).replace(/[^A-Za-z0-9]/g, '') || 'Kommune',
    webhookSecret: 'test-webhook-secret',
  })
  await connection.save()
  return connection
}
