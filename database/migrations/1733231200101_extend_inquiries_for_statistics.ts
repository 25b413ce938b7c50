import { DateTime } from 'luxon'
import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The statistics fact table grows the fields every metric needs (issue 12).
 * `day` is the contact's local date in its kommune's time zone, stored so
 * rollups group by a plain column on SQLite and MariaDB alike. `rolled_up`
 * makes the incremental rollup exactly-once: a job flips it 0 → 1 in the
 * same transaction that adds the row to the daily aggregates.
 * `inquiry_contact_keys` holds keyed hashes (HMAC) of citizen contacts for
 * seven days only, so a repeat contact can be flagged without the fact row
 * ever saying who the citizen is.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('inquiries', (table) => {
      table.string('day', 10).nullable()
      table.integer('wait_seconds').unsigned().nullable()
      table.integer('first_response_seconds').unsigned().nullable()
      table.boolean('csat_asked').notNullable().defaultTo(false)
      table.boolean('repeat_contact').notNullable().defaultTo(false)
      table.boolean('rolled_up').notNullable().defaultTo(false)
      table.index(['kommune_id', 'day'])
      table.index(['rolled_up', 'id'])
    })
    this.schema.createTable('inquiry_contact_keys', (table) => {
      table.bigIncrements('id')
      table
        .integer('kommune_id')
        .unsigned()
        .notNullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table.string('key_hash', 64).notNullable()
      table.integer('service_area_id').notNullable().defaultTo(0)
      table.datetime('last_seen_at', { precision: 3 }).notNullable()
      table.unique(['kommune_id', 'key_hash', 'service_area_id'])
      table.index(['kommune_id', 'last_seen_at'])
    })
    // Inquiries registered before this migration get their local day; they
    // are few (the support view only) and reach the rollups on rebuild.
    this.defer(async (db) => {
      const rows = await db
        .from('inquiries')
        .join('kommuner', 'kommuner.id', 'inquiries.kommune_id')
        .whereNull('inquiries.day')
        .select('inquiries.id', 'inquiries.started_at', 'kommuner.timezone')
      for (const row of rows) {
        const started =
          row.started_at instanceof Date
            ? DateTime.fromJSDate(row.started_at, { zone: 'utc' })
            : DateTime.fromSQL(String(row.started_at), { zone: 'utc' })
        await db
          .from('inquiries')
          .where('id', row.id)
          .update({ day: started.setZone(row.timezone).toISODate() })
      }
    })
  }

  async down() {
    this.schema.dropTable('inquiry_contact_keys')
    this.schema.alterTable('inquiries', (table) => {
      table.dropIndex(['rolled_up', 'id'])
      table.dropIndex(['kommune_id', 'day'])
      for (const column of [
        'day',
        'wait_seconds',
        'first_response_seconds',
        'csat_asked',
        'repeat_contact',
        'rolled_up',
      ]) {
        table.dropColumn(column)
      }
    })
  }
}
