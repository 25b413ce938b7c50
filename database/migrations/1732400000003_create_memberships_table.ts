import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * user × kommune × role. `kommune_id` is NULL only for the national
 * editorial team (role `editor`), whose work is not owned by a kommune.
 */
export default class extends BaseSchema {
  protected tableName = 'memberships'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table
        .integer('kommune_id')
        .unsigned()
        .nullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table.string('role', 16).notNullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.unique(['user_id', 'kommune_id', 'role'])
      table.index(['kommune_id', 'role'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
