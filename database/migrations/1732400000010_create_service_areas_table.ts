import { BaseSchema } from '@adonisjs/lucid/schema'

/** The national taxonomy every article is filed under. */
export default class extends BaseSchema {
  protected tableName = 'service_areas'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('slug', 80).notNullable().unique()
      table.string('name_da', 120).notNullable()
      table.string('name_en', 120).notNullable()
      table.string('name_sv', 120).notNullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
