import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * What the demo's local e-mail and SMS sandboxes received: the "outbox" a
 * demo user reads. Tenant-owned like every message; only the sandbox
 * servers write here, and nothing here ever leaves the machine.
 */
export default class extends BaseSchema {
  protected tableName = 'sandbox_messages'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('kommune_id')
        .unsigned()
        .notNullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table.string('connection_id', 32).nullable()
      /** The plugin that sent it: email or sms. */
      table.string('channel', 32).notNullable()
      table.string('from', 320).notNullable()
      table.string('to', 320).notNullable()
      table.string('subject', 500).nullable()
      table.text('text').notNullable()
      /** Where a reply goes (e-mail Reply-To with the thread token). */
      table.string('reply_to', 320).nullable()
      /** The provider's id: the gateway's message id or the e-mail Message-ID. */
      table.string('external_id', 255).notNullable()
      /** The sender's idempotency key, so a retried send is stored once. */
      table.string('idempotency_key', 100).nullable()
      table.string('status', 12).notNullable().defaultTo('accepted')
      table.integer('segments').unsigned().nullable()
      table.datetime('created_at', { precision: 3 }).notNullable()
      table.index(['kommune_id', 'created_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
