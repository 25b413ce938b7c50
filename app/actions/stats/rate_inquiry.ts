import db from '@adonisjs/lucid/services/db'
import type Kommune from '#models/kommune'
import { emptyMeasures } from '#stats/rollup_measures'
import { upsertIncrements } from '#stats/rollup_writer'
import { DAILY_TABLE, KOMMUNE_DAILY_TABLE } from '#stats/rollup_columns'
import { affected } from '#stats/rollup_incremental'

/**
 * The citizen's rating (1–5) arriving after the inquiry was recorded (the
 * chat's "how did we do?"). Only the first rating counts. If the row is
 * already in the aggregates the rating is added there in the same
 * transaction; otherwise the pending rollup job will carry it.
 */
export default class RateInquiry {
  async handle(kommune: Kommune, inquiryId: number, csat: number) {
    if (!Number.isInteger(csat) || csat < 1 || csat > 5) return false
    return db.transaction(async (trx) => {
      const before = await trx
        .from('inquiries')
        .forKommune(kommune)
        .where('id', inquiryId)
        .select('csat_asked')
        .first()
      if (!before) return false
      const updated = await trx
        .from('inquiries')
        .forKommune(kommune)
        .where('id', inquiryId)
        .whereNull('csat')
        .update({ csat, csat_asked: 1 })
      if (affected(updated) !== 1) return false
      const row = await trx
        .from('inquiries')
        .forKommune(kommune)
        .where('id', inquiryId)
        .select('day', 'service_area_id', 'channel', 'rolled_up')
        .first()
      if (!Number(row.rolled_up)) return true
      const measures = emptyMeasures()
      measures.csat_n = 1
      measures.csat_sum = csat
      measures.csat_positive = csat >= 4 ? 1 : 0
      measures.csat_asked = Number(before.csat_asked) ? 0 : 1
      const columns = ['csat_asked', 'csat_n', 'csat_sum', 'csat_positive']
      const base = { kommune_id: kommune.id, day: row.day }
      const area = row.service_area_id ?? 0
      await upsertIncrements(
        trx,
        DAILY_TABLE,
        [{ key: { ...base, service_area_id: area, channel: row.channel }, measures }],
        columns
      )
      await upsertIncrements(trx, KOMMUNE_DAILY_TABLE, [{ key: base, measures }], columns)
      return true
    })
  }
}
