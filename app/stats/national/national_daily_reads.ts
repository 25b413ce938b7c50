import db from '@adonisjs/lucid/services/db'
import { GUIDE_DAILY_TABLE } from '#stats/rollup_columns'
import { crossKommune } from '#tenancy/cross_kommune'

/** A period as local days, inclusive (yyyy-MM-dd). */
export type DayRange = { from: string; to: string }
export type GuideTotal = { guideId: number; contacts: number; kommuner: number }
export type PairTotal = { kommuneId: number; guideId: number; contacts: number }

/**
 * The national questions answered from the daily guide rollup for any
 * range of days: months of (kommune × day × guide × area × channel) rows
 * grouped per request. The page uses the national windows instead
 * (national_window_reads.ts); this stays for ranges no window covers
 * (before the first refresh) and as the benchmark's baseline.
 */
export async function guideTotalsFromDaily(range: DayRange, limit: number): Promise<GuideTotal[]> {
  const rows = await db
    .from(GUIDE_DAILY_TABLE)
    .whereBetween('day', [range.from, range.to])
    .groupBy('guide_id')
    .select('guide_id')
    .sum('contacts as contacts')
    .countDistinct('kommune_id as kommuner')
    .orderBy('contacts', 'desc')
    .orderBy('guide_id')
    .limit(limit)
  return rows.map((row) => ({
    guideId: Number(row.guide_id),
    contacts: Number(row.contacts),
    kommuner: Number(row.kommuner),
  }))
}

/** (kommune, national guide) pairs with the most contacts and no local supplement. */
export async function missingFromDaily(range: DayRange, limit: number): Promise<PairTotal[]> {
  const rows = await crossKommune('national statistics: kommuner without a supplement', () =>
    db
      .from(`${GUIDE_DAILY_TABLE} as gu`)
      .join('guides', (join) => {
        join.on('guides.id', '=', 'gu.guide_id').andOnNull('guides.kommune_id')
      })
      .leftJoin('local_supplements', (join) => {
        join
          .on('local_supplements.kommune_id', '=', 'gu.kommune_id')
          .andOn('local_supplements.guide_id', '=', 'gu.guide_id')
      })
      .join('kommuner', 'kommuner.id', 'gu.kommune_id')
      .whereNull('local_supplements.id')
      .whereBetween('gu.day', [range.from, range.to])
      .groupBy('gu.kommune_id', 'kommuner.name', 'gu.guide_id')
      .select('gu.kommune_id', 'gu.guide_id')
      .sum('gu.contacts as contacts')
      .orderBy('contacts', 'desc')
      .orderBy('kommuner.name')
      .orderBy('gu.guide_id')
      .limit(limit)
  )
  return rows.map((row) => ({
    kommuneId: Number(row.kommune_id),
    guideId: Number(row.guide_id),
    contacts: Number(row.contacts),
  }))
}
