import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import {
  DAILY_TABLE,
  GUIDE_DAILY_TABLE,
  KOMMUNE_DAILY_TABLE,
  MEASURE_COLUMNS,
  type Measures,
} from '#stats/rollup_columns'
import { addMeasures, measuresOf, type FactRow } from '#stats/rollup_measures'
import { addToWindows, windowStatesForWriting } from '#stats/national/national_windows'

type Keyed = { key: Record<string, string | number>; measures: Measures }

/**
 * Adds fact rows to the three daily aggregates (and the national windows
 * that cover their day) with `+=` upserts, so
 * concurrent writers never lose each other's counts. Callers guarantee
 * each fact is added once (the `rolled_up` flag, in the same transaction).
 */
export async function addToRollups(client: QueryClientContract, facts: FactRow[]) {
  const windows = await windowStatesForWriting(client)
  const daily = new Map<string, Keyed>()
  const kommuneDaily = new Map<string, Keyed>()
  const guides = new Map<string, Keyed>()
  for (const fact of facts) {
    const measures = measuresOf(fact)
    const area = fact.service_area_id ?? 0
    const base = { kommune_id: fact.kommune_id, day: fact.day }
    accumulate(daily, { ...base, service_area_id: area, channel: fact.channel }, measures)
    accumulate(kommuneDaily, base, measures)
    if (fact.guide_id) {
      const key = { ...base, guide_id: fact.guide_id, service_area_id: area, channel: fact.channel }
      accumulate(guides, key, { contacts: 1 })
    }
  }
  await upsertIncrements(client, DAILY_TABLE, [...daily.values()], MEASURE_COLUMNS)
  await upsertIncrements(client, KOMMUNE_DAILY_TABLE, [...kommuneDaily.values()], MEASURE_COLUMNS)
  await upsertIncrements(client, GUIDE_DAILY_TABLE, [...guides.values()], ['contacts'])
  await addToWindows(
    client,
    [...guides.values()].map(({ key, measures }) => ({
      kommune_id: Number(key.kommune_id),
      day: String(key.day),
      guide_id: Number(key.guide_id),
      contacts: measures.contacts,
    })),
    windows
  )
}

function accumulate(map: Map<string, Keyed>, key: Keyed['key'], measures: Measures) {
  const id = Object.values(key).join('|')
  const existing = map.get(id)
  if (existing) addMeasures(existing.measures, measures)
  else map.set(id, { key, measures: { ...measures } })
}

const CHUNK_ROWS = 200

/** INSERT … ON CONFLICT/DUPLICATE KEY adding each measure to what is there. */
export async function upsertIncrements(
  client: QueryClientContract,
  table: string,
  rows: Keyed[],
  columns: readonly string[]
) {
  if (rows.length === 0) return
  const mysql = client.dialect.name === 'mysql'
  const quote = (name: string) => (mysql ? `\`${name}\`` : `"${name}"`)
  const keyColumns = Object.keys(rows[0].key)
  const all = [...keyColumns, ...columns]
  const increments = columns
    .map((c) =>
      mysql
        ? `${quote(c)} = ${quote(c)} + VALUES(${quote(c)})`
        : `${quote(c)} = ${quote(table)}.${quote(c)} + excluded.${quote(c)}`
    )
    .join(', ')
  const conflict = mysql
    ? `ON DUPLICATE KEY UPDATE ${increments}`
    : `ON CONFLICT (${keyColumns.map(quote).join(', ')}) DO UPDATE SET ${increments}`
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS)
    const placeholders = chunk.map(() => `(${all.map(() => '?').join(', ')})`).join(', ')
    const bindings = chunk.flatMap((row) => [
      ...keyColumns.map((c) => row.key[c]),
      ...columns.map((c) => row.measures[c] ?? 0),
    ])
    await client.rawQuery(
      `INSERT INTO ${quote(table)} (${all.map(quote).join(', ')}) VALUES ${placeholders} ${conflict}`,
      bindings
    )
  }
}
