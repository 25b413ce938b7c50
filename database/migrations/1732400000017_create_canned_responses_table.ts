import { BaseSchema } from '@adonisjs/lucid/schema'

/** Standard answers with a /shortcut; national when kommune_id is NULL. */
export default class extends BaseSchema {
  protected tableName = 'canned_responses'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('kommune_id')
        .unsigned()
        .nullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table.string('code', 40).notNullable()
      table.string('title', 200).notNullable()
      table.text('text').notNullable()
      table.text('tags').notNullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.unique(['kommune_id', 'code'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
