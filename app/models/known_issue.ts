import { DateTime } from 'luxon'
import { BaseModel, column, scope } from '@adonisjs/lucid/orm'
import { compose } from '@adonisjs/core/helpers'
import { MasksCpr } from '#privacy/masks_cpr'

/** A national banner for all staff (e.g. "MitID is down"), valid for a period. */
export default class KnownIssue extends compose(BaseModel, MasksCpr('title', 'message')) {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare title: string

  @column()
  declare message: string

  @column()
  declare severity: 'info' | 'warning'

  @column.dateTime()
  declare startsAt: DateTime

  @column.dateTime()
  declare endsAt: DateTime

  @column()
  declare createdBy: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  /** Valid right now. */
  static current = scope((query) => {
    const now = DateTime.utc().toSQL({ includeOffset: false })
    query.where('starts_at', '<=', now).where('ends_at', '>', now)
  })
}
