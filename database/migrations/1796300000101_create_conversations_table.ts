import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Conversations (ARCHITECTURE §6): one inbox for chat, e-mail and SMS.
 * `last_seq` is the per-conversation message counter; a writer bumps it
 * inside its transaction (which locks the row on MariaDB) and uses the new
 * value as the message's `seq`, so sequence numbers never repeat or skip.
 * Messages keep milliseconds: they are read in order. A message's
 * `client_id` is unique per conversation so a resent message is stored once.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('conversations', (table) => {
      table.increments('id')
      table
        .integer('kommune_id')
        .unsigned()
        .notNullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table
        .string('channel_connection_id', 32)
        .nullable()
        .references('channel_connections.id')
        .onDelete('SET NULL')
      /** chat, email or sms: where the citizen writes and where answers leave. */
      table.string('channel', 16).notNullable()
      /** The citizen's e-mail address or E.164 number (null for an anonymous chat). */
      table.string('contact', 320).nullable()
      table.string('citizen_name', 100).nullable()
      table.string('status', 10).notNullable().defaultTo('waiting')
      table.integer('assignee_id').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.integer('service_area_id').unsigned().nullable().references('service_areas.id')
      table.integer('guide_id').unsigned().nullable().references('guides.id').onDelete('SET NULL')
      table.string('topic', 200).nullable()
      table.string('page_url', 2000).nullable()
      table.string('page_title', 300).nullable()
      /** E-mail threading: answers carry it, replies bring it back. */
      table.string('reply_token', 64).nullable().unique()
      table.integer('last_seq').unsigned().notNullable().defaultTo(0)
      /** Last seq the assignee has seen: unread = last_seq − staff_read_seq. */
      table.integer('staff_read_seq').unsigned().notNullable().defaultTo(0)
      table.datetime('claimed_at', { precision: 3 }).nullable()
      table.datetime('first_response_at', { precision: 3 }).nullable()
      table.datetime('closed_at', { precision: 3 }).nullable()
      table.string('outcome', 14).nullable()
      table.tinyint('csat').unsigned().nullable()
      table
        .integer('previous_conversation_id')
        .unsigned()
        .nullable()
        .references('conversations.id')
        .onDelete('SET NULL')
      table.datetime('created_at', { precision: 3 }).notNullable()
      table.datetime('updated_at', { precision: 3 }).notNullable()
      table.index(['kommune_id', 'status', 'created_at'])
      table.index(['kommune_id', 'channel', 'contact', 'status'])
      table.index(['kommune_id', 'assignee_id', 'status'])
    })

    this.schema.createTable('conversation_messages', (table) => {
      table.bigIncrements('id')
      table
        .integer('kommune_id')
        .unsigned()
        .notNullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table
        .integer('conversation_id')
        .unsigned()
        .notNullable()
        .references('conversations.id')
        .onDelete('CASCADE')
      table.integer('seq').unsigned().notNullable()
      table.string('author', 8).notNullable()
      table.integer('user_id').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.text('body').notNullable()
      table.string('client_id', 64).nullable()
      /** The outbound e-mail/SMS that carried a staff answer, if any. */
      table
        .integer('message_id')
        .unsigned()
        .nullable()
        .references('messages.id')
        .onDelete('SET NULL')
      table.datetime('created_at', { precision: 3 }).notNullable()
      table.unique(['conversation_id', 'seq'])
      table.unique(['conversation_id', 'client_id'])
      table.index(['kommune_id', 'conversation_id'])
    })

    /** An inquiry registered by closing a conversation points back at it. */
    this.schema.alterTable('inquiries', (table) => {
      table.integer('conversation_id').unsigned().nullable()
      table.index(['kommune_id', 'conversation_id'])
    })
  }

  async down() {
    this.schema.alterTable('inquiries', (table) => {
      table.dropIndex(['kommune_id', 'conversation_id'])
      table.dropColumn('conversation_id')
    })
    this.schema.dropTable('conversation_messages')
    this.schema.dropTable('conversations')
  }
}
