import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { compose } from '@adonisjs/core/helpers'
import { WithKommune } from '#tenancy/with_kommune'
import { dateTimeMsColumn } from '#support/columns'
import type { RetentionKind } from '#privacy/retention/retention_kinds'

/**
 * One kommune's retention period for one kind of data, in days. A missing
 * row means the default (#privacy/retention/retention_kinds).
 */
export default class RetentionSetting extends compose(BaseModel, WithKommune) {
  static table = 'retention_settings'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare kind: RetentionKind

  @column()
  declare days: number

  @column()
  declare updatedBy: number | null

  @dateTimeMsColumn({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
