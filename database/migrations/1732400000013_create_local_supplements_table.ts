import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A kommune's local text for a national guide: process, waiting time, fees
 * (with validity dates), contact. `based_on_version` is the national version
 * it was written against; `needs_review` is raised when a newer one lands.
 */
export default class extends BaseSchema {
  protected tableName = 'local_supplements'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('kommune_id')
        .unsigned()
        .notNullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table.integer('guide_id').unsigned().notNullable().references('guides.id').onDelete('CASCADE')
      table.text('process_text').nullable()
      table.string('waiting_time', 200).nullable()
      table.text('fees').nullable()
      table.text('contact').nullable()
      table.integer('based_on_version').unsigned().notNullable()
      table.boolean('needs_review').notNullable().defaultTo(false)
      table.integer('updated_by').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.unique(['kommune_id', 'guide_id'])
      table.index(['guide_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
