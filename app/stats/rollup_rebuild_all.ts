import db from '@adonisjs/lucid/services/db'
import { crossKommune } from '#tenancy/cross_kommune'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import {
  DAILY_TABLE,
  GUIDE_DAILY_TABLE,
  KOMMUNE_DAILY_TABLE,
  MEASURE_COLUMNS,
} from '#stats/rollup_columns'
import { rebuildSelectList } from '#stats/rollup_measures'
import { refreshNationalWindows, resetNationalWindows } from '#stats/national/national_windows'

const AREA = 'COALESCE(service_area_id, 0)'

/**
 * Recomputes every aggregate from the fact table in SQL. The fact table is
 * read in primary-key ranges (sequential on InnoDB's clustered index and in
 * SQLite's rowid order) and each range's GROUP BY is added to the daily
 * rows with `+=` upserts, so a (kommune, day) split across two ranges still
 * sums right (the CASE-per-measure pass runs once per range, into a
 * temporary table both tables are filled from). Every write is such an upsert, so inquiries recorded
 * meanwhile (through their own jobs) add to the same rows without clashing.
 *
 * Concurrency: the first transaction empties the aggregates and claims every
 * pending inquiry up to the current highest id; later inquiries keep going
 * through their own jobs into the fresh aggregates. Ranges run newest first,
 * so rows whose jobs were about to run are recounted within milliseconds.
 * See docs/adr/0015-statistics-scale.md.
 */
export async function rebuildAllRollups(
  options: {
    chunkRows?: number
    onProgress?: (done: number, total: number) => void
    /** The day the national windows end on (default: yesterday in Copenhagen). */
    asOf?: string
    /** MariaDB/MySQL: group by sorting (the default); false = the server's own choice, to compare. */
    sortGrouping?: boolean
  } = {}
) {
  return crossKommune('the full rebuild recounts every kommune’s aggregates', () =>
    rebuildAll(options)
  )
}

async function rebuildAll(options: Parameters<typeof rebuildAllRollups>[0] = {}) {
  const chunkRows = options.chunkRows ?? 250_000
  const { minId, maxId } = await db.transaction(async (trx) => {
    await resetNationalWindows(trx)
    for (const table of [DAILY_TABLE, KOMMUNE_DAILY_TABLE, GUIDE_DAILY_TABLE]) {
      await trx.from(table).delete()
    }
    const bounds = await trx.from('inquiries').min('id as minId').max('id as maxId').first()
    const high = Number(bounds?.maxId ?? 0)
    await trx
      .from('inquiries')
      .where('rolled_up', 0)
      .where('id', '<=', high)
      .update({ rolled_up: 1 })
    return { minId: Number(bounds?.minId ?? 1), maxId: high }
  })
  const chunks = maxId === 0 ? 0 : Math.ceil((maxId - minId + 1) / chunkRows)
  for (let index = 0; index < chunks; index++) {
    const high = maxId - index * chunkRows
    const low = Math.max(minId, high - chunkRows + 1)
    await db.transaction((trx) => addIdRange(trx, low, high, options.sortGrouping ?? true))
    options.onProgress?.(index + 1, chunks)
  }
  // The national windows are recomputed once from the rebuilt guide rollup.
  await refreshNationalWindows(options.asOf)
  return { chunks, maxId }
}

const RANGE_TABLE = 'rollup_range_daily'
const DAILY_KEY = ['kommune_id', 'day', 'service_area_id', 'channel']

/**
 * Adds the facts with ids in [low, high] to the three aggregates. The
 * expensive pass (a CASE per measure per fact) runs once, into a temporary
 * table; the daily rows are copied from it and the kommune-day totals are
 * plain SUMs over it.
 */
export async function addIdRange(
  client: QueryClientContract,
  low: number,
  high: number,
  sortGrouping = true
) {
  const mysql = client.dialect.name === 'mysql'
  // A range's groups are nearly as many as its facts (a kommune-day-area-channel holds a few
  // inquiries). MariaDB's default, a temporary table keyed on the group, then pays a lookup per
  // fact (spilling to disk past tmp_table_size); SQL_BIG_RESULT makes it sort once and group in
  // order instead: 2.8x faster on 250,000 facts (docs/adr/0072). SQLite has no such hint.
  const big = mysql && sortGrouping ? 'SQL_BIG_RESULT ' : ''
  const source = `FROM inquiries WHERE id >= ? AND id <= ? AND rolled_up = 1 AND day IS NOT NULL`
  const columns = MEASURE_COLUMNS.join(', ')
  await client.rawQuery(
    `CREATE TEMPORARY TABLE ${RANGE_TABLE} AS
     SELECT ${big}kommune_id, day, ${AREA} AS service_area_id, channel, ${rebuildSelectList().join(', ')}
     ${source} GROUP BY kommune_id, day, ${AREA}, channel`,
    [low, high]
  )
  try {
    await client.rawQuery(
      `${insertInto(DAILY_TABLE, DAILY_KEY, MEASURE_COLUMNS)}
       SELECT ${DAILY_KEY.join(', ')}, ${columns} FROM ${RANGE_TABLE} WHERE 1 = 1
       ${onConflict(mysql, DAILY_TABLE, DAILY_KEY, MEASURE_COLUMNS)}`
    )
    const sums = MEASURE_COLUMNS.map((column) => `SUM(${column})`).join(', ')
    await client.rawQuery(
      `${insertInto(KOMMUNE_DAILY_TABLE, ['kommune_id', 'day'], MEASURE_COLUMNS)}
       SELECT kommune_id, day, ${sums} FROM ${RANGE_TABLE} WHERE 1 = 1 GROUP BY kommune_id, day
       ${onConflict(mysql, KOMMUNE_DAILY_TABLE, ['kommune_id', 'day'], MEASURE_COLUMNS)}`
    )
  } finally {
    await client.rawQuery(
      mysql ? `DROP TEMPORARY TABLE ${RANGE_TABLE}` : `DROP TABLE temp.${RANGE_TABLE}`
    )
  }
  const guideKey = ['kommune_id', 'day', 'guide_id', 'service_area_id', 'channel']
  await client.rawQuery(
    `${insertInto(GUIDE_DAILY_TABLE, guideKey, ['contacts'])}
     SELECT ${big}kommune_id, day, guide_id, ${AREA}, channel, COUNT(*) ${source} AND guide_id IS NOT NULL
     GROUP BY kommune_id, day, guide_id, ${AREA}, channel
     ${onConflict(mysql, GUIDE_DAILY_TABLE, guideKey, ['contacts'])}`,
    [low, high]
  )
}

function insertInto(table: string, key: string[], measures: readonly string[]) {
  return `INSERT INTO ${table} (${[...key, ...measures].join(', ')})`
}

function onConflict(mysql: boolean, table: string, key: string[], measures: readonly string[]) {
  if (mysql) {
    // Qualified: the SELECT's own table has the same column names.
    const add = (c: string) => `${table}.${c} = ${table}.${c} + VALUES(${c})`
    return `ON DUPLICATE KEY UPDATE ${measures.map(add).join(', ')}`
  }
  const set = measures.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ')
  return `ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${set}`
}
