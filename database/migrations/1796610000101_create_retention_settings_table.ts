import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * How long a kommune keeps each kind of personal data (days), as its admin
 * set it; a missing row means the lawful default in
 * app/privacy/retention/retention_kinds.ts (docs/adr/0055).
 */
export default class extends BaseSchema {
  protected tableName = 'retention_settings'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('kommune_id')
        .unsigned()
        .notNullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table.string('kind', 32).notNullable()
      table.integer('days').unsigned().notNullable()
      table.integer('updated_by').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.datetime('updated_at', { precision: 3 }).notNullable()
      table.unique(['kommune_id', 'kind'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
