import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Synonym groups the national editors maintain (applied by every search
 * driver), and the log of searches that found nothing or got no click.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('search_synonyms', (table) => {
      table.increments('id')
      table.text('terms').notNullable()
      table.integer('updated_by').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
    })
    this.schema.createTable('search_misses', (table) => {
      table.bigIncrements('id')
      table
        .integer('kommune_id')
        .unsigned()
        .nullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table.string('query', 200).notNullable()
      table.string('audience', 8).notNullable()
      table.string('reason', 12).notNullable()
      table.integer('hits').unsigned().notNullable().defaultTo(0)
      table.datetime('created_at', { precision: 3 }).notNullable()
      table.index(['reason', 'created_at'])
      table.index(['kommune_id', 'created_at'])
    })
  }

  async down() {
    this.schema.dropTable('search_misses')
    this.schema.dropTable('search_synonyms')
  }
}
