import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Issue 17. `suggestion_feedback`: a staff member marked a suggested guide
 * wrong for a conversation; the analyzed terms of what the citizen wrote
 * (from CPR-masked text) are kept so the ranking can demote that guide for
 * similar questions in the same kommune (docs/adr/0035). `widget_sessions`:
 * one anonymous widget session (a random id the widget holds in memory, no
 * cookie) and what happened in it before a chat — the deflection figures.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('suggestion_feedback', (table) => {
      table.increments('id')
      table
        .integer('kommune_id')
        .unsigned()
        .notNullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table
        .integer('conversation_id')
        .unsigned()
        .nullable()
        .references('conversations.id')
        .onDelete('SET NULL')
      table.string('guide_slug', 200).notNullable()
      /** Analyzed (stemmed, folded) terms of the citizen's text, space-separated. */
      table.string('query_terms', 500).notNullable()
      table.integer('user_id').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.datetime('created_at', { precision: 3 }).notNullable()
      table.index(['kommune_id', 'guide_slug'])
      table.index(['kommune_id', 'conversation_id'])
    })
    this.schema.createTable('widget_sessions', (table) => {
      table.increments('id')
      table
        .integer('kommune_id')
        .unsigned()
        .notNullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table.string('session_key', 64).notNullable()
      /** The citizen asked to chat and was shown matching guides first. */
      table.boolean('asked').notNullable().defaultTo(false)
      table.boolean('guide_opened').notNullable().defaultTo(false)
      table.boolean('helpful').notNullable().defaultTo(false)
      table.boolean('chat_started').notNullable().defaultTo(false)
      table.string('guide_slug', 200).nullable()
      table.datetime('created_at', { precision: 3 }).notNullable()
      table.datetime('updated_at', { precision: 3 }).notNullable()
      table.unique(['kommune_id', 'session_key'])
      table.index(['kommune_id', 'created_at'])
    })
  }

  async down() {
    this.schema.dropTable('widget_sessions')
    this.schema.dropTable('suggestion_feedback')
  }
}
