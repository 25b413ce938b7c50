import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * `inquiries` is the statistics fact table (ARCHITECTURE §7): one row per
 * citizen contact, from every channel and the support view. Rollups read it
 * by (kommune, day, service area, channel), hence the index.
 * `known_issues` are national banners (e.g. a MitID outage) with a validity
 * period that every kommune's staff see on top.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('inquiries', (table) => {
      table.bigIncrements('id')
      table
        .integer('kommune_id')
        .unsigned()
        .notNullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table.integer('user_id').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.integer('guide_id').unsigned().nullable().references('guides.id').onDelete('SET NULL')
      table.integer('service_area_id').unsigned().nullable().references('service_areas.id')
      table.string('channel', 12).notNullable()
      table.string('outcome', 14).notNullable()
      table.string('source', 16).notNullable()
      table.datetime('started_at', { precision: 3 }).notNullable()
      table.datetime('answered_at', { precision: 3 }).nullable()
      table.datetime('ended_at', { precision: 3 }).notNullable()
      table.integer('handle_seconds').unsigned().notNullable()
      table.tinyint('csat').unsigned().nullable()
      table.datetime('created_at', { precision: 3 }).notNullable()
      table.index(['kommune_id', 'started_at'])
      table.index(['kommune_id', 'service_area_id', 'channel', 'started_at'])
      table.index(['kommune_id', 'guide_id'])
    })
    this.schema.createTable('known_issues', (table) => {
      table.increments('id')
      table.string('title', 200).notNullable()
      table.text('message').notNullable()
      table.string('severity', 10).notNullable().defaultTo('warning')
      table.timestamp('starts_at').notNullable()
      table.timestamp('ends_at').notNullable()
      table.integer('created_by').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.index(['starts_at', 'ends_at'])
    })
  }

  async down() {
    this.schema.dropTable('known_issues')
    this.schema.dropTable('inquiries')
  }
}
