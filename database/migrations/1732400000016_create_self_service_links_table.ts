import { BaseSchema } from '@adonisjs/lucid/schema'

/** Every self-service URL a guide points to, and what the last check found. */
export default class extends BaseSchema {
  protected tableName = 'self_service_links'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('url', 500).notNullable().unique()
      table.string('name', 250).notNullable()
      table.integer('last_status').nullable()
      table.string('redirect_to', 500).nullable()
      table.string('last_error', 500).nullable()
      table.boolean('broken').nullable()
      table.timestamp('checked_at').nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
