import db from '@adonisjs/lucid/services/db'
import { crossKommune } from '#tenancy/cross_kommune'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { FACT_COLUMNS, type FactRow } from '#stats/rollup_measures'
import { addToRollups } from '#stats/rollup_writer'

/**
 * Adds one inquiry to the daily aggregates exactly once: the 0 → 1 flip of
 * `rolled_up` and the increments commit together, so a job that runs twice
 * (BullMQ is at-least-once) or races a batch finds nothing left to do.
 */
export async function rollUpInquiry(kommuneId: number, inquiryId: number) {
  return db.transaction(async (trx) => {
    const claimed = await trx
      .from('inquiries')
      .forKommune(kommuneId)
      .where('id', inquiryId)
      .where('rolled_up', 0)
      .update({ rolled_up: 1 })
    if (affected(claimed) !== 1) return false
    const fact = await trx
      .from('inquiries')
      .forKommune(kommuneId)
      .where('id', inquiryId)
      .select([...FACT_COLUMNS])
      .first()
    await addToRollups(trx, [fact as FactRow])
    return true
  })
}

/**
 * Rolls up whatever is still pending, a batch per transaction (for
 * generated data, and as a sweeper behind the per-inquiry jobs). A batch
 * whose flags another worker flipped meanwhile is retried row by row.
 */
export async function rollUpPending(options: { batchSize?: number; kommuneId?: number } = {}) {
  const batchSize = options.batchSize ?? 2000
  let total = 0
  for (;;) {
    const query = db.from('inquiries').where('rolled_up', 0).orderBy('id').limit(batchSize)
    if (options.kommuneId) query.forKommune(options.kommuneId)
    const pending = await crossKommune('the rollup sweeper serves every kommune', () =>
      query.select('id')
    )
    const ids = pending.map((row) => Number(row.id))
    if (ids.length === 0) return total
    const done = await crossKommune('a sweeper batch holds inquiries of many kommuner', () =>
      db.transaction((trx) => rollUpBatch(trx, ids))
    ).catch((error) => {
      if (error instanceof BatchRaced) return null
      throw error
    })
    if (done === null) {
      const rows = await crossKommune('a raced batch is retried row by row in its kommune', () =>
        db.from('inquiries').whereIn('id', ids).select('id', 'kommune_id')
      )
      for (const row of rows) {
        if (await rollUpInquiry(Number(row.kommune_id), Number(row.id))) total++
      }
    } else {
      total += done
    }
  }
}

async function rollUpBatch(trx: TransactionClientContract, ids: number[]) {
  const claimed = affected(
    await trx.from('inquiries').whereIn('id', ids).where('rolled_up', 0).update({ rolled_up: 1 })
  )
  if (claimed !== ids.length) throw new BatchRaced()
  const facts = await trx
    .from('inquiries')
    .whereIn('id', ids)
    .select([...FACT_COLUMNS])
  await addToRollups(trx, facts as FactRow[])
  return facts.length
}

/** Another worker took some of the batch: undo ours and go row by row. */
class BatchRaced extends Error {}

export function affected(result: unknown) {
  return Number(Array.isArray(result) ? result[0] : result)
}
