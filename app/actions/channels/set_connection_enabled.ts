import { inject } from '@adonisjs/core'
import type { ChannelPlugin } from '#channel_kit'
import type ChannelConnection from '#models/channel_connection'
import AuditTrail from '#services/audit_trail'

/**
 * Switches a connection on or off. Switching on needs settings that pass
 * the plugin's validator today (a plugin update may have added a required
 * setting), so an enabled connection can always build its driver.
 */
@inject()
export default class SetConnectionEnabled {
  constructor(private audit: AuditTrail) {}

  async handle(input: {
    connection: ChannelConnection
    plugin: ChannelPlugin<any>
    enabled: boolean
    userId: number
  }): Promise<{ ok: true } | { ok: false; reason: 'incomplete_settings' }> {
    const { connection, plugin, enabled } = input
    if (enabled) {
      const [error] = await plugin.settings.tryValidate(connection.readSettings())
      if (error || !connection.configured) return { ok: false, reason: 'incomplete_settings' }
    }
    if (connection.enabled === enabled) return { ok: true }
    connection.enabled = enabled
    await connection.save()
    await this.audit.record({
      action: enabled ? 'channels.connection_enabled' : 'channels.connection_disabled',
      userId: input.userId,
      kommuneId: connection.kommuneId,
      subject: { type: 'channel_connection', id: connection.id },
      meta: { plugin: plugin.manifest.id },
    })
    return { ok: true }
  }
}
