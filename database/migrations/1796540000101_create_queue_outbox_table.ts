import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The queue's database outbox (docs/adr/0025): every BullMQ job is also a
 * row here until a worker has finished it, so a Redis that lost its data
 * (restart without persistence, failover) loses no job — the workers put
 * the rows back on the queue.
 */
export default class extends BaseSchema {
  protected tableName = 'queue_outbox'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.bigIncrements('id')
      // The BullMQ prefix the job belongs to: a relay hands back only its own queue's jobs.
      table.string('queue', 100).notNullable()
      table.string('job_name', 100).notNullable()
      table.text('payload').notNullable()
      table.string('job_id', 255).nullable()
      // When the job may run (a delayed dispatch) and when it was last handed to Redis.
      table.timestamp('available_at', { precision: 3 }).notNullable()
      table.timestamp('dispatched_at', { precision: 3 }).nullable()
      table.integer('dispatches').unsigned().notNullable().defaultTo(0)
      table.timestamp('created_at', { precision: 3 }).notNullable()
      table.index(['queue', 'dispatched_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
