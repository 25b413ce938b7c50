import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Which shape of a plugin's settings a connection stores (the plugin's
 * `settingsSchema.version` when they were written; 1 before plugins had
 * one), so settings saved by an older plugin version are upgraded on load.
 */
export default class extends BaseSchema {
  protected tableName = 'channel_connections'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.integer('settings_schema').unsigned().notNullable().defaultTo(1)
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('settings_schema')
    })
  }
}
