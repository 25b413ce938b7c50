import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * One kommune's set-up of one channel plugin. The id is 32 random url-safe
 * characters because it is also the public webhook path: it must not be
 * guessable. `settings` is encrypted JSON (secrets included);
 * `settings_version` is bumped on every change so cached drivers are rebuilt.
 */
export default class extends BaseSchema {
  protected tableName = 'channel_connections'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.string('id', 32).primary()
      table
        .integer('kommune_id')
        .unsigned()
        .notNullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table.string('plugin_id', 64).notNullable()
      table.boolean('enabled').notNullable().defaultTo(false)
      table.text('settings').nullable()
      table.integer('settings_version').unsigned().notNullable().defaultTo(0)
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.unique(['kommune_id', 'plugin_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
