import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { compose } from '@adonisjs/core/helpers'
import { WithKommune } from '#tenancy/with_kommune'
import { booleanColumn, dateTimeMsColumn } from '#support/columns'
import { MasksCpr } from '#privacy/masks_cpr'

export type DeliverySource = 'attempt' | 'receipt'
export type DeliveryStatus = 'sent' | 'failed' | 'delivered'

/**
 * The delivery log: one row per send attempt (with the error and whether
 * it was retryable) and one per delivery receipt. Rows are only inserted.
 */
export default class Delivery extends compose(BaseModel, WithKommune, MasksCpr('error')) {
  static table = 'deliveries'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare messageId: number

  @column()
  declare source: DeliverySource

  @column()
  declare attempt: number

  @column()
  declare status: DeliveryStatus

  @column()
  declare error: string | null

  @booleanColumn()
  declare retryable: boolean

  @column()
  declare externalId: string | null

  @column()
  declare durationMs: number | null

  @dateTimeMsColumn()
  declare at: DateTime
}
