import { inject } from '@adonisjs/core'
import type { ChannelPlugin } from '#channel_kit'
import channelManager from '#channels/channel_manager'
import { currentSettingsSchema } from '#channels/settings_upgrade'
import type ChannelConnection from '#models/channel_connection'
import AuditTrail from '#services/audit_trail'

/**
 * Stores a connection's validated settings (encrypted) and bumps its
 * version, so the next send builds a driver with them. The audit entry
 * names the keys that changed, never their values.
 */
@inject()
export default class SaveConnectionSettings {
  constructor(private audit: AuditTrail) {}

  async handle(input: {
    connection: ChannelConnection
    plugin: ChannelPlugin<any>
    settings: Record<string, unknown>
    userId: number
    ip?: string | null
  }) {
    const { connection, plugin, settings } = input
    const before = connection.readSettings()
    const changed = plugin.settingsForm
      .map((field) => field.key)
      .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(settings[key]))
    connection.writeSettings(settings)
    /** Validated by this plugin version: they are in its settings shape. */
    connection.settingsSchema = currentSettingsSchema(plugin)
    await connection.save()
    await channelManager.forget(connection.id)
    await this.audit.record({
      action: 'channels.settings_saved',
      userId: input.userId,
      kommuneId: connection.kommuneId,
      subject: { type: 'channel_connection', id: connection.id },
      meta: { plugin: plugin.manifest.id, changed, version: connection.settingsVersion },
      ip: input.ip ?? null,
    })
    return connection
  }
}
