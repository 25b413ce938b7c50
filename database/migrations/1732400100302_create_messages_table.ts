import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Outbound messages and their delivery attempts. A message is written once
 * and delivered by DeliverMessageJob; `idempotency_key` is unique and is
 * handed to the provider on every attempt so a retried job never sends
 * twice. `deliveries` is the visible log: one row per attempt, plus one
 * per delivery receipt a provider reports. Timestamps keep milliseconds:
 * the log is read in order.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('messages', (table) => {
      table.increments('id')
      table
        .integer('kommune_id')
        .unsigned()
        .notNullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table
        .string('connection_id', 32)
        .notNullable()
        .references('channel_connections.id')
        .onDelete('CASCADE')
      table.string('channel', 32).notNullable()
      table.string('idempotency_key', 100).notNullable().unique()
      table.string('to', 320).notNullable()
      table.string('subject', 500).nullable()
      table.text('text').notNullable()
      table.text('html', 'mediumtext').nullable()
      table.string('reply_token', 128).nullable()
      table.string('status', 12).notNullable().defaultTo('queued')
      table.string('external_id', 255).nullable()
      table.integer('attempts').unsigned().notNullable().defaultTo(0)
      table.text('last_error').nullable()
      table.integer('guide_id').unsigned().nullable().references('guides.id').onDelete('SET NULL')
      table.integer('user_id').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.datetime('sent_at', { precision: 3 }).nullable()
      table.datetime('delivered_at', { precision: 3 }).nullable()
      table.datetime('created_at', { precision: 3 }).notNullable()
      table.datetime('updated_at', { precision: 3 }).notNullable()
      table.index(['connection_id', 'created_at'])
      table.index(['connection_id', 'external_id'])
      table.index(['kommune_id', 'status'])
    })

    this.schema.createTable('deliveries', (table) => {
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
        .notNullable()
        .references('messages.id')
        .onDelete('CASCADE')
      /** `attempt`: our send try; `receipt`: the provider's later delivery report. */
      table.string('source', 10).notNullable().defaultTo('attempt')
      table.integer('attempt').unsigned().notNullable()
      table.string('status', 12).notNullable()
      table.text('error').nullable()
      table.boolean('retryable').notNullable().defaultTo(false)
      table.string('external_id', 255).nullable()
      table.integer('duration_ms').unsigned().nullable()
      table.datetime('at', { precision: 3 }).notNullable()
      table.index(['message_id', 'at'])
    })
  }

  async down() {
    this.schema.dropTable('deliveries')
    this.schema.dropTable('messages')
  }
}
