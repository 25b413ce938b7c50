import { BaseSchema } from '@adonisjs/lucid/schema'
import {
  DAILY_TABLE,
  GUIDE_DAILY_TABLE,
  KOMMUNE_DAILY_TABLE,
  MEASURE_COLUMNS,
} from '#stats/rollup_columns'

/**
 * Daily aggregates of `inquiries` (issue 12): dashboards read these, never
 * the fact table. Every measure is an additive integer so a new inquiry is
 * one `+=` per column. `service_area_id` 0 stands for "no service area"
 * (NULL would defeat the unique key the upserts rely on). Unit costs per
 * channel are each kommune's own setting (kroner with øre).
 */
type TableBuilder = Parameters<Parameters<BaseSchema['schema']['createTable']>[1]>[0]

export default class extends BaseSchema {
  async up() {
    this.schema.createTable(DAILY_TABLE, (table) => {
      keyColumns(table)
      table.integer('service_area_id').notNullable().defaultTo(0)
      table.string('channel', 12).notNullable()
      measures(table)
      table.primary(['kommune_id', 'day', 'service_area_id', 'channel'])
    })
    this.schema.createTable(KOMMUNE_DAILY_TABLE, (table) => {
      keyColumns(table)
      measures(table)
      table.primary(['kommune_id', 'day'])
      table.index(['day'])
    })
    this.schema.createTable(GUIDE_DAILY_TABLE, (table) => {
      keyColumns(table)
      table.integer('guide_id').notNullable()
      table.integer('service_area_id').notNullable().defaultTo(0)
      table.string('channel', 12).notNullable()
      table.integer('contacts').notNullable().defaultTo(0)
      table.primary(['kommune_id', 'day', 'guide_id', 'service_area_id', 'channel'])
    })
    this.schema.createTable('kommune_unit_costs', (table) => {
      table.increments('id')
      table
        .integer('kommune_id')
        .unsigned()
        .notNullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table.string('channel', 12).notNullable()
      table.decimal('unit_cost', 10, 2).notNullable()
      table.timestamp('updated_at').notNullable()
      table.unique(['kommune_id', 'channel'])
    })
  }

  async down() {
    this.schema.dropTable('kommune_unit_costs')
    this.schema.dropTable(GUIDE_DAILY_TABLE)
    this.schema.dropTable(KOMMUNE_DAILY_TABLE)
    this.schema.dropTable(DAILY_TABLE)
  }
}

function keyColumns(table: TableBuilder) {
  table.integer('kommune_id').unsigned().notNullable()
  table.string('day', 10).notNullable()
}

function measures(table: TableBuilder) {
  for (const column of MEASURE_COLUMNS) {
    table.integer(column).notNullable().defaultTo(0)
  }
}
