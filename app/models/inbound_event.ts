import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { compose } from '@adonisjs/core/helpers'
import { WithKommune } from '#tenancy/with_kommune'
import { dateTimeMsColumn, jsonColumn } from '#support/columns'
import { MasksCpr } from '#privacy/masks_cpr'

/**
 * An event a provider posted to a connection's webhook, as the plugin
 * parsed it (dates as ISO strings). Stored first, processed by
 * ProcessInboundEventJob; unique per (connection, provider event id).
 */
export default class InboundEvent extends compose(
  BaseModel,
  WithKommune,
  MasksCpr('payload', 'error')
) {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare connectionId: string

  @column()
  declare eventId: string

  @column()
  declare type: string

  @jsonColumn<Record<string, unknown>>({ fallback: {} })
  declare payload: Record<string, unknown>

  @column()
  declare error: string | null

  @dateTimeMsColumn()
  declare receivedAt: DateTime

  @dateTimeMsColumn()
  declare processedAt: DateTime | null
}
