import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Guides, FAQ entries and kommune own articles. `kommune_id` NULL means
 * national content of `country`; otherwise the article belongs to one
 * kommune. The row is the working copy editors change; readers only ever
 * see the latest published snapshot in guide_versions.
 */
export default class extends BaseSchema {
  protected tableName = 'guides'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('kommune_id')
        .unsigned()
        .nullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table.string('country', 2).notNullable()
      table.string('slug', 120).notNullable().unique()
      table.string('kind', 8).notNullable().defaultTo('guide')
      table.string('lang', 2).notNullable().defaultTo('da')
      table.integer('service_area_id').unsigned().nullable().references('service_areas.id')
      table.string('title', 250).notNullable()
      table.text('content').notNullable()
      table.string('self_service_url', 500).nullable()
      table.boolean('facts_checked').notNullable().defaultTo(false)
      table.string('status', 12).notNullable().defaultTo('draft')
      table.integer('current_version').unsigned().notNullable().defaultTo(0)
      table.timestamp('review_due_at').nullable()
      table
        .integer('copied_from_guide_id')
        .unsigned()
        .nullable()
        .references('guides.id')
        .onDelete('SET NULL')
      table.integer('copied_from_version').unsigned().nullable()
      table.boolean('source_changed').notNullable().defaultTo(false)
      table.integer('updated_by').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.index(['kommune_id', 'status'])
      table.index(['country', 'kind', 'status'])
      table.index(['self_service_url'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
