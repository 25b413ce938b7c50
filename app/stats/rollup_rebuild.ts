import db from '@adonisjs/lucid/services/db'
import {
  DAILY_TABLE,
  GUIDE_DAILY_TABLE,
  KOMMUNE_DAILY_TABLE,
  MEASURE_COLUMNS,
} from '#stats/rollup_columns'
import { rebuildSelectList } from '#stats/rollup_measures'
import { lockNationalWindows, recomputeKommuneWindows } from '#stats/national/national_windows'

/**
 * Recomputes one kommune's aggregates from the fact table in SQL, in one
 * transaction. Pending rows are claimed first (flag 0 → 1) so that a row
 * committed while this runs is either in the recomputation or left to its
 * own job, never both, never neither.
 */
export async function rebuildKommune(kommuneId: number) {
  const measures = rebuildSelectList().join(', ')
  const columns = MEASURE_COLUMNS.join(', ')
  await db.transaction(async (trx) => {
    // Same lock order as every writer: the national windows' state before any rollup row.
    await lockNationalWindows(trx)
    await trx.from('inquiries').forKommune(kommuneId).where('rolled_up', 0).update({ rolled_up: 1 })
    for (const table of [DAILY_TABLE, KOMMUNE_DAILY_TABLE, GUIDE_DAILY_TABLE]) {
      await trx.from(table).forKommune(kommuneId).delete()
    }
    const source = `FROM inquiries WHERE kommune_id = ? AND rolled_up = 1 AND day IS NOT NULL`
    const area = 'COALESCE(service_area_id, 0)'
    // Group by sorting on MariaDB/MySQL: nearly one group per fact (see rollup_rebuild_all.ts).
    const big = trx.dialect.name === 'mysql' ? 'SQL_BIG_RESULT ' : ''
    await trx.rawQuery(
      `INSERT INTO ${DAILY_TABLE} (kommune_id, day, service_area_id, channel, ${columns})
       SELECT ${big}kommune_id, day, ${area}, channel, ${measures} ${source}
       GROUP BY kommune_id, day, ${area}, channel`,
      [kommuneId]
    )
    await trx.rawQuery(
      `INSERT INTO ${KOMMUNE_DAILY_TABLE} (kommune_id, day, ${columns})
       SELECT kommune_id, day, ${measures} ${source} GROUP BY kommune_id, day`,
      [kommuneId]
    )
    await trx.rawQuery(
      `INSERT INTO ${GUIDE_DAILY_TABLE} (kommune_id, day, guide_id, service_area_id, channel, contacts)
       SELECT ${big}kommune_id, day, guide_id, ${area}, channel, COUNT(*) ${source}
       AND guide_id IS NOT NULL GROUP BY kommune_id, day, guide_id, ${area}, channel`,
      [kommuneId]
    )
    await recomputeKommuneWindows(trx, kommuneId)
  })
}
