import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { compose } from '@adonisjs/core/helpers'
import { dateTimeMsColumn } from '#support/columns'
import { MasksCpr } from '#privacy/masks_cpr'

/**
 * A search that found nothing (`zero`) or whose results nobody opened
 * (`no_click`). The query is stored with CPR-like numbers masked.
 */
export default class SearchMiss extends compose(BaseModel, MasksCpr('query')) {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare kommuneId: number | null

  @column()
  declare query: string

  @column()
  declare audience: 'citizen' | 'staff'

  @column()
  declare reason: 'zero' | 'no_click'

  @column()
  declare hits: number

  @dateTimeMsColumn({ autoCreate: true })
  declare createdAt: DateTime
}
