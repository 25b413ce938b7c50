import { randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import { BaseModel, beforeCreate, column } from '@adonisjs/lucid/orm'
import { compose } from '@adonisjs/core/helpers'
import encryption from '@adonisjs/core/services/encryption'
import { WithKommune } from '#tenancy/with_kommune'
import { booleanColumn } from '#support/columns'

export type ConnectionSettings = Record<string, unknown>

/** 24 random bytes = 32 url-safe characters: the public webhook path. */
export function newConnectionId() {
  return randomBytes(24).toString('base64url')
}

/** What a connection id looks like; anything else is a 404 without a query. */
export const CONNECTION_ID_PATTERN = /^[A-Za-z0-9_-]{32}$/

/**
 * One kommune's set-up of one channel plugin (kommune × plugin). Settings,
 * secrets included, are encrypted at rest and bound to the row's id (a
 * ciphertext copied to another row does not decrypt). Read and write them
 * only through `readSettings()` / `writeSettings()`.
 */
export default class ChannelConnection extends compose(BaseModel, WithKommune) {
  static table = 'channel_connections'
  static selfAssignPrimaryKey = true

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare pluginId: string

  @booleanColumn()
  declare enabled: boolean

  /** Ciphertext; never serialised. */
  @column({ serializeAs: null })
  declare settings: string | null

  @column()
  declare settingsVersion: number

  /** The plugin's settings schema version the stored settings have (see settings_upgrade.ts). */
  @column()
  declare settingsSchema: number

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @beforeCreate()
  static assignId(connection: ChannelConnection) {
    if (!connection.id) connection.id = newConnectionId()
    if (connection.enabled === undefined) connection.enabled = false
    if (connection.settingsVersion === undefined) connection.settingsVersion = 0
    if (connection.settingsSchema === undefined) connection.settingsSchema = 1
  }

  #purpose() {
    return `channel_connection:${this.id}`
  }

  /** The decrypted settings; `{}` when none were saved (or the key changed). */
  readSettings<Settings extends ConnectionSettings = ConnectionSettings>(): Settings {
    if (!this.settings) return {} as Settings
    return (encryption.decrypt<Settings>(this.settings, this.#purpose()) ?? {}) as Settings
  }

  /** Encrypts `settings` into the row and bumps the version (save() still needed). */
  writeSettings(settings: ConnectionSettings) {
    if (!this.id) this.id = newConnectionId()
    this.settings = encryption.encrypt(settings, { purpose: this.#purpose() })
    this.settingsVersion = (this.settingsVersion ?? 0) + 1
    return this
  }

  /** True once settings were saved at least once. */
  get configured() {
    return this.settings !== null && this.settings !== undefined
  }
}
