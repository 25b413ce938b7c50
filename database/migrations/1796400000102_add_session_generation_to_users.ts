import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * "Log out everywhere": every session remembers the user's generation at
 * login; raising it rejects all of them at their next request, whichever
 * store holds them.
 */
export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.integer('session_generation').unsigned().notNullable().defaultTo(0)
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('session_generation')
    })
  }
}
