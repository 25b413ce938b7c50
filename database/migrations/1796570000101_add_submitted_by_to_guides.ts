import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Two pairs of eyes: who sent a guide for approval. The approver must be
 * someone else than the one who submitted it or last saved it.
 */
export default class extends BaseSchema {
  protected tableName = 'guides'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table
        .integer('submitted_by')
        .unsigned()
        .nullable()
        .references('users.id')
        .onDelete('SET NULL')
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropForeign(['submitted_by'])
      table.dropColumn('submitted_by')
    })
  }
}
