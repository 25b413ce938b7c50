import type { ChannelPlugin } from '#channel_kit'
import channelManager from '#channels/channel_manager'
import { withoutSecrets } from '#channels/connection_settings'
import type ChannelConnection from '#models/channel_connection'

export type VerifyResult =
  { outcome: 'ok' } | { outcome: 'unsupported' } | { outcome: 'failed'; error: string }

/**
 * "Test connection": asks the driver to check its settings against the
 * provider (`verify()`). The error text is shown to the admin, so any
 * stored secret it might echo is masked first.
 */
export default class VerifyConnection {
  async handle(connection: ChannelConnection, plugin: ChannelPlugin<any>): Promise<VerifyResult> {
    if (!connection.configured) return { outcome: 'failed', error: 'No settings saved yet' }
    try {
      const driver = await channelManager.driverFor(connection)
      if (!driver.verify) return { outcome: 'unsupported' }
      await driver.verify()
      return { outcome: 'ok' }
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error)
      return {
        outcome: 'failed',
        error: withoutSecrets(plugin, connection.readSettings(), text).slice(0, 500),
      }
    }
  }
}
