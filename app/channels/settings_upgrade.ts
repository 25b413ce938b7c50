import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import type { ChannelPlugin } from '#channel_kit'
import type ChannelConnection from '#models/channel_connection'

/** The settings shape a plugin version validates (1 without `settingsSchema`). */
export function currentSettingsSchema(plugin: ChannelPlugin<any>) {
  return plugin.settingsSchema?.version ?? 1
}

export class SettingsUpgradeError extends Error {
  constructor(pluginId: string, from: number, to: number, reason: string) {
    super(
      `Channel plugin "${pluginId}" could not upgrade settings from ${from} to ${to}: ${reason}`
    )
    this.name = 'SettingsUpgradeError'
  }
}

/**
 * Settings stored at schema `from` in the plugin's current shape, or null
 * when they already are. Works on a copy: a throwing upgrade changes nothing.
 */
export async function upgradedSettings(
  plugin: ChannelPlugin<any>,
  stored: Record<string, unknown>,
  from: number
): Promise<Record<string, unknown> | null> {
  const to = currentSettingsSchema(plugin)
  if (from >= to || !plugin.settingsSchema) return null
  const id = plugin.manifest.id
  let result: unknown
  try {
    result = await plugin.settingsSchema.upgrade(structuredClone(stored), from)
  } catch (error) {
    throw new SettingsUpgradeError(id, from, to, error instanceof Error ? error.message : 'failed')
  }
  if (!result || typeof result !== 'object' || Array.isArray(result)) {
    throw new SettingsUpgradeError(id, from, to, 'upgrade must return the settings object')
  }
  return result as Record<string, unknown>
}

/**
 * Brings one connection's stored settings to the plugin's current schema
 * when it loads them (the channel manager before building a driver, the
 * admin page before showing the form). Stored with a conditional update on
 * `settings_version`: when two processes upgrade at once, or an admin saves
 * meanwhile, only the first write counts and the others re-read it.
 */
export async function upgradeConnectionSettings(
  connection: ChannelConnection,
  plugin: ChannelPlugin<any>
): Promise<boolean> {
  const to = currentSettingsSchema(plugin)
  const from = connection.settingsSchema ?? 1
  if (!connection.configured || from >= to) return false
  const upgraded = await upgradedSettings(plugin, connection.readSettings(), from)
  if (!upgraded) return false
  const [invalid] = await plugin.settings.tryValidate(upgraded)
  if (invalid) {
    /** Stored anyway: the admin sees the form's errors; the plugin's contract should prevent this. */
    logger.warn(
      { plugin: plugin.manifest.id, from, to },
      'upgraded channel settings do not validate'
    )
  }
  const previousVersion = connection.settingsVersion
  connection.writeSettings(upgraded)
  connection.settingsSchema = to
  const changed = await db
    .from('channel_connections')
    .forKommune(connection.kommuneId)
    .where('id', connection.id)
    .where('settings_version', previousVersion)
    .update({
      settings: connection.settings,
      settings_version: connection.settingsVersion,
      settings_schema: to,
    })
  if (Number(Array.isArray(changed) ? changed[0] : changed) !== 1) await connection.refresh()
  logger.info({ plugin: plugin.manifest.id, from, to }, 'channel settings upgraded')
  return true
}
