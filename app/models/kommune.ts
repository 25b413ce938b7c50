import { DateTime } from 'luxon'
import { BaseModel, column, hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import Membership from '#models/membership'
import { jsonColumn } from '#support/columns'

export type Country = 'DK' | 'SE'

/** Per-kommune preferences that do not deserve a column (yet). */
export interface KommuneSettings {
  domain?: string
  officialName?: string
  /** Citizen pages: the kommune's own logo (https URL) and brand colour (#rrggbb, contrast-checked). */
  logoUrl?: string
  brandColor?: string
  /** Origins of the kommune's own websites that may embed the widget (CORS, frame-ancestors). */
  siteOrigins?: string[]
  /** The kommune's general contact for its citizen pages (else the most used unit's). */
  contact?: {
    unit: string
    phone: string | null
    email: string | null
    address: string | null
    openingHours: string | null
  }
}

/**
 * A tenant: one Danish or Swedish kommune. Its `country` decides which
 * national content applies; `timezone` is used for "open now" and dates.
 */
export default class Kommune extends BaseModel {
  static table = 'kommuner'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare code: string

  @column()
  declare name: string

  @column()
  declare slug: string

  @column()
  declare region: string | null

  @column()
  declare country: Country

  @column()
  declare locale: string

  @column()
  declare timezone: string

  @column()
  declare population: number | null

  @jsonColumn<KommuneSettings>({ fallback: {} })
  declare settings: KommuneSettings

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @hasMany(() => Membership)
  declare memberships: HasMany<typeof Membership>

  /** Finds by slug or by official code: `/k/soroe` and `/k/340` both work. */
  static findByRef(ref: string) {
    return this.query().where('slug', ref).orWhere('code', ref).first()
  }
}
