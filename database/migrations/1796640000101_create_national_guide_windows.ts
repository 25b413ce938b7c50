import { BaseSchema } from '@adonisjs/lucid/schema'
import {
  NATIONAL_PERIODS,
  NATIONAL_WINDOW_STATE_TABLE,
  NATIONAL_WINDOW_TABLE,
} from '#stats/national/national_window_columns'

/**
 * The national editors' rollup (docs/adr/0070): per offered period (30, 90,
 * 365 days up to yesterday) the contacts of every (guide, kommune) pair in
 * that window, and which yesterday each window currently ends on. The page
 * reads these few thousand rows instead of grouping months of daily rows.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable(NATIONAL_WINDOW_TABLE, (table) => {
      table.integer('period_days').notNullable()
      table.integer('guide_id').notNullable()
      table.integer('kommune_id').unsigned().notNullable()
      table.integer('contacts').notNullable().defaultTo(0)
      table.primary(['period_days', 'guide_id', 'kommune_id'])
      table.index(['period_days', 'contacts'], 'national_guide_window_contacts_index')
    })
    this.schema.createTable(NATIONAL_WINDOW_STATE_TABLE, (table) => {
      table.integer('period_days').notNullable().primary()
      /** The local day the window ends on (inclusive); null: not built yet. */
      table.string('as_of', 10).nullable()
    })
    this.defer(async (db) => {
      await db
        .table(NATIONAL_WINDOW_STATE_TABLE)
        .multiInsert(NATIONAL_PERIODS.map((days) => ({ period_days: days, as_of: null })))
    })
  }

  async down() {
    this.schema.dropTable(NATIONAL_WINDOW_STATE_TABLE)
    this.schema.dropTable(NATIONAL_WINDOW_TABLE)
  }
}
