import ChannelConnection from '#models/channel_connection'
import Kommune from '#models/kommune'

/** The demo's chat is open around the clock, so every flow can be tried at any hour. */
const DEMO_HOURS = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, ['00:00', '23:59']])
)

const WELCOME: Record<string, string> = {
  DK: 'Velkommen til chatten. Skriv dit spørgsmål, så svarer en medarbejder.',
  SE: 'Välkommen till chatten. Skriv din fråga så svarar en handläggare.',
}

/**
 * Enables the chat plugin for the demo's staffed kommuner (Sorø, Slagelse,
 * Holbæk — the hotline serves all three). Idempotent: an existing chat
 * connection, possibly changed in the demo's admin pages, is left alone.
 */
export async function enableDemoChat(codes = ['340', '330', '316']) {
  for (const code of codes) {
    const kommune = await Kommune.findBy('code', code)
    if (!kommune) continue
    const existing = await ChannelConnection.query()
      .where('kommune_id', kommune.id)
      .where('plugin_id', 'chat')
      .first()
    if (existing) continue
    const connection = new ChannelConnection().merge({
      kommuneId: kommune.id,
      pluginId: 'chat',
      enabled: true,
    })
    connection.writeSettings({
      openingHours: JSON.stringify(DEMO_HOURS),
      welcome: WELCOME[kommune.country] ?? WELCOME.DK,
    })
    await connection.save()
  }
}
