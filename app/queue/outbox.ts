import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { JobPayload } from '#queue/job'

const TABLE = 'queue_outbox'
const FORMAT = 'yyyy-MM-dd HH:mm:ss.SSS'

export type OutboxRow = {
  id: number
  jobName: string
  payload: JobPayload
  jobId: string | null
  availableAt: DateTime
}

/**
 * The queue's database outbox (docs/adr/0025). Redis holds the jobs the
 * workers take; this table holds every job until a worker has finished it.
 * A Redis that restarts empty (no persistence), fails over or is flushed
 * therefore loses nothing: the workers' relay hands the rows back
 * (`due`). A row is deleted when its job has run (or failed for good).
 */
export class QueueOutbox {
  /** `queue`: the BullMQ prefix, so several queues (or test runs) share the table. */
  constructor(readonly queue: string) {}

  /** Records a job; null when a row with the same idempotency key is pending. */
  async record(jobName: string, payload: JobPayload, jobId?: string, delayMs = 0) {
    if (jobId) {
      const pending = await db
        .from(TABLE)
        .where('queue', this.queue)
        .where('job_id', jobId)
        .select('id')
        .first()
      if (pending) return null
    }
    const now = DateTime.utc()
    const [inserted] = await db.table(TABLE).insert({
      queue: this.queue,
      job_name: jobName,
      payload: JSON.stringify(payload),
      job_id: jobId ?? null,
      available_at: now.plus({ milliseconds: delayMs }).toFormat(FORMAT),
      dispatched_at: null,
      dispatches: 0,
      created_at: now.toFormat(FORMAT),
    })
    // Both drivers answer [insert id] (no RETURNING on MySQL).
    return Number(inserted)
  }

  async markDispatched(id: number) {
    await db
      .from(TABLE)
      .where('id', id)
      .update({
        dispatched_at: DateTime.utc().toFormat(FORMAT),
        dispatches: db.raw('dispatches + 1'),
      })
  }

  /** The job has run (or will never run again): forget it. */
  async done(id: number) {
    await db.from(TABLE).where('id', id).delete()
  }

  /**
   * Rows not handed to Redis, or handed longer than `staleMs` ago and not
   * finished: Redis may have lost them. Handing one back is harmless when
   * Redis still has it (the job id is the same, BullMQ ignores the add).
   */
  async due(staleMs: number, limit = 500): Promise<OutboxRow[]> {
    const before = DateTime.utc().minus({ milliseconds: staleMs }).toFormat(FORMAT)
    const rows = await db
      .from(TABLE)
      .where('queue', this.queue)
      .where((query) => query.whereNull('dispatched_at').orWhere('dispatched_at', '<', before))
      .orderBy('id')
      .limit(limit)
    return rows.map((row) => ({
      id: Number(row.id),
      jobName: row.job_name,
      payload: JSON.parse(row.payload) as JobPayload,
      jobId: row.job_id,
      availableAt: toDateTime(row.available_at),
    }))
  }

  /** Tests start from an empty queue. */
  async clear() {
    await db.from(TABLE).where('queue', this.queue).delete()
  }

  async pending() {
    const row = await db.from(TABLE).where('queue', this.queue).count('* as n').first()
    return Number(row?.n ?? 0)
  }
}

function toDateTime(value: unknown) {
  if (value instanceof Date) return DateTime.fromJSDate(value, { zone: 'utc' })
  return DateTime.fromSQL(String(value), { zone: 'utc' })
}
