import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The tenants. Danish kommuner and Swedish kommuner share one table;
 * `country` decides which national content applies to them.
 */
export default class extends BaseSchema {
  protected tableName = 'kommuner'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('code', 8).notNullable().unique()
      table.string('name', 100).notNullable()
      table.string('slug', 100).notNullable().unique()
      table.string('region', 100).nullable()
      table.string('country', 2).notNullable().defaultTo('DK')
      table.string('locale', 5).notNullable().defaultTo('da')
      table.string('timezone', 64).notNullable().defaultTo('Europe/Copenhagen')
      table.integer('population').unsigned().nullable()
      table.text('settings').nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
