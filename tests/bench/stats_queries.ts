import db from '@adonisjs/lucid/services/db'
import { GUIDE_DAILY_TABLE } from '#stats/rollup_columns'
import { computeMetrics } from '#stats/metrics'
import { periodOf } from '#stats/period'
import { kommuneTotals, sumRollups, totalRollups } from '#stats/rollup_reader'
import { DEFAULT_UNIT_COSTS } from '#stats/unit_costs'
import { NationalStatistics } from '#stats/national/national_statistics'
import { windowStart } from '#stats/national/national_windows'
import { crossKommune } from '#tenancy/cross_kommune'

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
  /** Yesterday: the national page's 90-day window ends here. */
  yesterday: string
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
  'national view: guides used, before (daily guide rollup)': (c) => guidesBefore(nationalPeriod(c)),
  'national view: guides used (national window)': (c) =>
    new NationalStatistics().guides(nationalPeriod(c)),
  'national view: missing local text, before (daily guide rollup)': (c) =>
    missingBefore(nationalPeriod(c)),
  'national view: missing local text (national window)': (c) =>
    new NationalStatistics().missingSupplements(nationalPeriod(c)),
}

/** The page's own period: the 90 days up to yesterday. */
function nationalPeriod(c: QueryCase) {
  return { from: windowStart(c.yesterday, 90), to: c.yesterday, days: 90 }
}

/** The national queries as they were before the national windows (commit 8e9855d), the baseline. */
function guidesBefore(period: { from: string; to: string }) {
  return db
    .from(`${GUIDE_DAILY_TABLE} as gu`)
    .join('guides', 'guides.id', 'gu.guide_id')
    .leftJoin('service_areas', 'service_areas.id', 'guides.service_area_id')
    .whereBetween('gu.day', [period.from, period.to])
    .groupBy('gu.guide_id', 'guides.title', 'service_areas.name_da')
    .select('gu.guide_id', 'guides.title', 'service_areas.name_da as area')
    .sum('gu.contacts as contacts')
    .countDistinct('gu.kommune_id as kommuner')
    .orderBy('contacts', 'desc')
    .orderBy('gu.guide_id')
    .limit(25)
}

function missingBefore(period: { from: string; to: string }) {
  return crossKommune('bench: national statistics baseline', () =>
    db
      .from(`${GUIDE_DAILY_TABLE} as gu`)
      .join('guides', (join) => {
        join.on('guides.id', '=', 'gu.guide_id').andOnNull('guides.kommune_id')
      })
      .join('kommuner', 'kommuner.id', 'gu.kommune_id')
      .leftJoin('local_supplements', (join) => {
        join
          .on('local_supplements.kommune_id', '=', 'gu.kommune_id')
          .andOn('local_supplements.guide_id', '=', 'gu.guide_id')
      })
      .whereNull('local_supplements.id')
      .whereBetween('gu.day', [period.from, period.to])
      .groupBy('gu.kommune_id', 'kommuner.name', 'gu.guide_id', 'guides.title')
      .select('gu.kommune_id', 'kommuner.name', 'gu.guide_id', 'guides.title')
      .sum('gu.contacts as contacts')
      .orderBy('contacts', 'desc')
      .orderBy('kommuner.name')
      .orderBy('gu.guide_id')
      .limit(25)
  )
}
