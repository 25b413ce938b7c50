import { BaseSchema } from '@adonisjs/lucid/schema'
import { GUIDE_DAILY_TABLE } from '#stats/rollup_columns'

/**
 * The national view asks "which guides, all kommuner, this period": the
 * guide rollup's key starts with the kommune, so without this index that
 * question scans the whole table. Covering (day, guide, kommune, contacts)
 * answers it from the index alone.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable(GUIDE_DAILY_TABLE, (table) => {
      table.index(['day', 'guide_id', 'kommune_id', 'contacts'], 'inquiry_guide_daily_day_index')
    })
  }

  async down() {
    this.schema.alterTable(GUIDE_DAILY_TABLE, (table) => {
      table.dropIndex(
        ['day', 'guide_id', 'kommune_id', 'contacts'],
        'inquiry_guide_daily_day_index'
      )
    })
  }
}
