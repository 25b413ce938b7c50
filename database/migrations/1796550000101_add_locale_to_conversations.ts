import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The citizen's language (da, sv, en) as the chat client reported it when
 * the conversation opened: the transcript e-mail is written in it.
 * Null for conversations opened before this (the kommune's language then).
 */
export default class extends BaseSchema {
  protected tableName = 'conversations'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.string('locale', 5).nullable()
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('locale')
    })
  }
}
