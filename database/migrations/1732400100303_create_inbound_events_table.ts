import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Events a provider posted to a connection's webhook, stored before they
 * are processed by a job. unique(connection_id, event_id) is the dedup:
 * providers deliver at least once, we act once.
 */
export default class extends BaseSchema {
  protected tableName = 'inbound_events'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .string('connection_id', 32)
        .notNullable()
        .references('channel_connections.id')
        .onDelete('CASCADE')
      table
        .integer('kommune_id')
        .unsigned()
        .notNullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table.string('event_id', 255).notNullable()
      table.string('type', 32).notNullable()
      table.text('payload').notNullable()
      table.text('error').nullable()
      table.datetime('received_at', { precision: 3 }).notNullable()
      table.datetime('processed_at', { precision: 3 }).nullable()
      table.unique(['connection_id', 'event_id'])
      table.index(['kommune_id', 'received_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
