import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { compose } from '@adonisjs/core/helpers'
import { WithKommune } from '#tenancy/with_kommune'
import type { CostChannel } from '#stats/unit_costs'

/**
 * What one contact on a channel costs this kommune (kroner, two decimals),
 * as its admin set it. A missing row means the default (app/stats/unit_costs.ts).
 */
export default class KommuneUnitCost extends compose(BaseModel, WithKommune) {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare channel: CostChannel

  /** mysql2 returns DECIMAL as a string, SQLite as a number: always a number here. */
  @column({ consume: (value: unknown) => Number(value) })
  declare unitCost: number

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
