import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Append-only trail of who did what where. `kommune_id` is NULL for national
 * actions (editors) and for failed logins that never reached a kommune.
 * `created_at` keeps milliseconds: entries are read in order.
 */
export default class extends BaseSchema {
  protected tableName = 'audit_logs'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.bigIncrements('id')
      // Idempotency key of the job that wrote the row (at-least-once delivery).
      table.string('entry_id', 36).notNullable().unique()
      table.integer('user_id').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table
        .integer('kommune_id')
        .unsigned()
        .nullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table.string('action', 64).notNullable()
      table.string('subject_type', 64).nullable()
      table.string('subject_id', 64).nullable()
      table.text('meta').nullable()
      table.string('ip', 45).nullable()
      table.datetime('created_at', { precision: 3 }).notNullable()
      table.index(['kommune_id', 'created_at'])
      table.index(['user_id', 'created_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
