import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Staff feedback on a guide section. `route` says who answers: the national
 * editors (guidance/steps/referral of a national guide) or the kommune's
 * admins (local supplement, own article).
 */
export default class extends BaseSchema {
  protected tableName = 'feedback'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('kommune_id')
        .unsigned()
        .notNullable()
        .references('kommuner.id')
        .onDelete('CASCADE')
      table.integer('user_id').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.integer('guide_id').unsigned().notNullable().references('guides.id').onDelete('CASCADE')
      table.string('section', 10).notNullable()
      table.string('kind', 12).notNullable()
      table.text('text').notNullable()
      table.string('route', 10).notNullable()
      table.string('status', 14).notNullable().defaultTo('open')
      table.text('reply').nullable()
      table.integer('replied_by').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('replied_at').nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.index(['kommune_id', 'status'])
      table.index(['route', 'status'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
