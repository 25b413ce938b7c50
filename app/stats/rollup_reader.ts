import db from '@adonisjs/lucid/services/db'
import type { InquiryChannel } from '#models/inquiry'
import {
  DAILY_TABLE,
  KOMMUNE_DAILY_TABLE,
  MEASURE_COLUMNS,
  type Measures,
} from '#stats/rollup_columns'
import { emptyMeasures } from '#stats/rollup_measures'
import type { Period } from '#stats/period'

export interface RollupFilter {
  kommuneId: number
  period: Period
  /** Empty or absent: every service area (0 = contacts without one). */
  serviceAreaIds?: number[]
  channels?: InquiryChannel[]
}

export type RollupGroup = 'day' | 'service_area_id' | 'channel'
export type GroupedMeasures = { key: Record<string, string | number>; measures: Measures }

const sums = () => db.raw(MEASURE_COLUMNS.map((c) => `SUM(${c}) AS ${c}`).join(', '))

function toMeasures(row: Record<string, unknown>): Measures {
  const measures = emptyMeasures()
  for (const column of MEASURE_COLUMNS) measures[column] = Number(row[column] ?? 0)
  return measures
}

/**
 * Sums one kommune's daily rollups over a period, optionally grouped.
 * The only way the dashboard reads statistics: never from `inquiries`.
 * Kommune and day lead the primary key, so this is a range scan.
 */
export async function sumRollups(
  filter: RollupFilter,
  groupBy: RollupGroup[] = []
): Promise<GroupedMeasures[]> {
  const query = db
    .from(DAILY_TABLE)
    .forKommune(filter.kommuneId)
    .whereBetween('day', [filter.period.from, filter.period.to])
  if (filter.serviceAreaIds?.length) query.whereIn('service_area_id', filter.serviceAreaIds)
  if (filter.channels?.length) query.whereIn('channel', filter.channels)
  if (groupBy.length) query.select(groupBy).groupBy(groupBy)
  const rows = await query.select(sums())
  return rows
    .filter((row) => groupBy.length || row.contacts !== null)
    .map((row) => ({
      key: Object.fromEntries(groupBy.map((column) => [column, row[column]])),
      measures: toMeasures(row),
    }))
}

/** The period's totals for one kommune under the filter (zeros when empty). */
export async function totalRollups(filter: RollupFilter): Promise<Measures> {
  const [row] = await sumRollups(filter)
  return row?.measures ?? emptyMeasures()
}

/**
 * Every kommune's totals for a period, from the per-kommune table (one row
 * per kommune and day): what the peer comparison reads.
 */
export async function kommuneTotals(period: Period, kommuneIds: number[]) {
  if (kommuneIds.length === 0) return new Map<number, Measures>()
  const rows = await db
    .from(KOMMUNE_DAILY_TABLE)
    .whereBetween('day', [period.from, period.to])
    .forKommuner(kommuneIds)
    .groupBy('kommune_id')
    .select('kommune_id', sums())
  return new Map(rows.map((row) => [Number(row.kommune_id), toMeasures(row)]))
}
