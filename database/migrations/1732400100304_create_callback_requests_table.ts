import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The kommune's callback queue: citizens who asked to be phoned back in a
 * time window. Staff claim a request, call, and record the outcome; "not
 * reached" puts it back in the queue at `next_attempt_at`.
 */
export default class extends BaseSchema {
  protected tableName = 'callback_requests'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('kommune_id')
        .unsigned()
        .notNullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table
        .integer('message_id')
        .unsigned()
        .nullable()
        .references('messages.id')
        .onDelete('SET NULL')
      table.string('phone', 20).notNullable()
      table.datetime('window_start', { precision: 3 }).notNullable()
      table.datetime('window_end', { precision: 3 }).notNullable()
      table.string('topic', 500).notNullable()
      table
        .integer('service_area_id')
        .unsigned()
        .nullable()
        .references('service_areas.id')
        .onDelete('SET NULL')
      table.string('status', 12).notNullable().defaultTo('open')
      table.integer('claimed_by').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.datetime('claimed_at', { precision: 3 }).nullable()
      table.integer('attempts').unsigned().notNullable().defaultTo(0)
      table.string('outcome', 12).nullable()
      table.datetime('next_attempt_at', { precision: 3 }).notNullable()
      table.text('notes').nullable()
      table.datetime('created_at', { precision: 3 }).notNullable()
      table.datetime('updated_at', { precision: 3 }).notNullable()
      table.index(['kommune_id', 'status', 'next_attempt_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
