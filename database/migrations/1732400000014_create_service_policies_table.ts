import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * kommune × service area: served or not, on which channels, and what staff
 * should say. No row means "served on every channel, nothing to add".
 */
export default class extends BaseSchema {
  protected tableName = 'service_policies'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('kommune_id')
        .unsigned()
        .notNullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table.integer('service_area_id').unsigned().notNullable().references('service_areas.id')
      table.boolean('served').notNullable().defaultTo(true)
      table.text('channels').notNullable()
      table.text('staff_script').nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.unique(['kommune_id', 'service_area_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
