import type { ApiClient } from '@japa/api-client'
import ChannelConnection from '#models/channel_connection'
import type Kommune from '#models/kommune'

/** Open every day of the week, all day: tests do not depend on the clock. */
export const ALWAYS_OPEN = JSON.stringify({
  mon: ['00:00', '23:59'],
  tue: ['00:00', '23:59'],
  wed: ['00:00', '23:59'],
  thu: ['00:00', '23:59'],
  fri: ['00:00', '23:59'],
  sat: ['00:00', '23:59'],
  sun: ['00:00', '23:59'],
})

/** An enabled chat connection for a kommune. */
export async function enableChat(
  kommune: Kommune,
  settings: Record<string, unknown> = { openingHours: ALWAYS_OPEN, welcome: 'Velkommen' }
) {
  const connection = await ChannelConnection.create({
    kommuneId: kommune.id,
    pluginId: 'chat',
    enabled: true,
  })
  connection.writeSettings(settings)
  await connection.save()
  return connection
}

export type OpenedChat = {
  conversationId: number
  visitorToken: string
  streamUid: string
  queuePosition: number | null
}

/** Opens a chat as a citizen on the kommune's page, through the public API. */
export async function openChat(
  client: ApiClient,
  kommune: Kommune,
  input: Record<string, unknown> = {}
): Promise<OpenedChat> {
  const response = await client.post(`/api/v1/chat/${kommune.code}/conversations`).json({
    pageUrl: `https://www.${kommune.slug}.dk/borger/byggetilladelse`,
    pageTitle: 'Byggetilladelse',
    topic: 'Jeg kan ikke logge ind',
    ...input,
  })
  response.assertStatus(201)
  return response.body() as OpenedChat
}
