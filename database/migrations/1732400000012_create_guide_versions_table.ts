import { BaseSchema } from '@adonisjs/lucid/schema'

/** Immutable: every publish snapshots the whole guide content, numbered. */
export default class extends BaseSchema {
  protected tableName = 'guide_versions'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('guide_id').unsigned().notNullable().references('guides.id').onDelete('CASCADE')
      table.integer('version').unsigned().notNullable()
      table.text('snapshot').notNullable()
      table.string('change_note', 500).nullable()
      table
        .integer('published_by')
        .unsigned()
        .nullable()
        .references('users.id')
        .onDelete('SET NULL')
      table.datetime('published_at', { precision: 3 }).notNullable()
      table.unique(['guide_id', 'version'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
