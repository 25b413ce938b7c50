import db from '@adonisjs/lucid/services/db'
import { GUIDE_DAILY_TABLE } from '#stats/rollup_columns'
import { computeMetrics } from '#stats/metrics'
import { periodOf } from '#stats/period'
import { kommuneTotals, sumRollups, totalRollups } from '#stats/rollup_reader'
import { DEFAULT_UNIT_COSTS } from '#stats/unit_costs'
import { NationalStatistics } from '#stats/national/national_statistics'

export interface QueryCase {
  kommuneId: number
  allKommuneIds: number[]
  /** A 90-day period (yyyy-MM-dd, inclusive) and the one before it. */
  from: string
  to: string
  previousFrom: string
  previousTo: string
  /** The year before `to` (channel mix over time). */
  yearFrom: string
}

const context = { population: 30_000, unitCosts: DEFAULT_UNIT_COSTS }

/**
 * The rollup reads a manager's dashboard makes, through the dashboard's own
 * reader and metric definitions (app/stats/rollup_reader.ts, metrics.ts),
 * plus the top guides and the national editors' view. Each is timed alone.
 */
export const DASHBOARD_QUERIES: Record<string, (c: QueryCase) => Promise<unknown>> = {
  'metrics, period totals': async (c) =>
    computeMetrics(
      await totalRollups({ kommuneId: c.kommuneId, period: periodOf(c.from, c.to) }),
      context
    ),
  'metrics, previous period': async (c) =>
    computeMetrics(
      await totalRollups({
        kommuneId: c.kommuneId,
        period: periodOf(c.previousFrom, c.previousTo),
      }),
      context
    ),
  'by service area': (c) =>
    sumRollups({ kommuneId: c.kommuneId, period: periodOf(c.from, c.to) }, ['service_area_id']),
  'by channel (cost per channel)': (c) =>
    sumRollups({ kommuneId: c.kommuneId, period: periodOf(c.from, c.to) }, ['channel']),
  'by day × channel, 1 year (channel mix over time)': (c) =>
    sumRollups({ kommuneId: c.kommuneId, period: periodOf(c.yearFrom, c.to) }, ['day', 'channel']),
  'peers: every kommune, period totals': (c) =>
    kommuneTotals(periodOf(c.from, c.to), c.allKommuneIds),
  'top 10 guides': (c) =>
    db
      .from(GUIDE_DAILY_TABLE)
      .where('kommune_id', c.kommuneId)
      .whereBetween('day', [c.from, c.to])
      .select('guide_id')
      .sum('contacts as contacts')
      .groupBy('guide_id')
      .orderBy('contacts', 'desc')
      .limit(10),
  'national view: guides used': (c) =>
    new NationalStatistics().guides({ from: c.from, to: c.to, days: 90 }),
  'national view: missing local text': (c) =>
    new NationalStatistics().missingSupplements({ from: c.from, to: c.to, days: 90 }),
}
