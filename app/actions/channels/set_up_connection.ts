import { inject } from '@adonisjs/core'
import type Kommune from '#models/kommune'
import ChannelConnection from '#models/channel_connection'
import channelManager from '#channels/channel_manager'
import AuditTrail from '#services/audit_trail'

/**
 * A kommune starts using an installed plugin: its connection is created,
 * disabled and without settings, until an admin fills in the form. One
 * connection per kommune and plugin; setting up twice returns the first.
 */
@inject()
export default class SetUpConnection {
  constructor(private audit: AuditTrail) {}

  async handle(kommune: Kommune, pluginId: string, userId: number) {
    const existing = await ChannelConnection.query()
      .forKommune(kommune.id)
      .where('plugin_id', pluginId)
      .first()
    if (existing) return existing
    const connection = await ChannelConnection.create({
      kommuneId: kommune.id,
      pluginId,
      enabled: false,
      settings: null,
      settingsVersion: 0,
    })
    await this.audit.record({
      action: 'channels.connection_created',
      userId,
      kommuneId: kommune.id,
      subject: { type: 'channel_connection', id: connection.id },
      meta: { plugin: pluginId },
    })
    await channelManager.forget(connection.id)
    return connection
  }
}
