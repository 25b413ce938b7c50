import db from '@adonisjs/lucid/services/db'
import { NATIONAL_WINDOW_TABLE } from '#stats/national/national_window_columns'
import type { GuideTotal, PairTotal } from '#stats/national/national_daily_reads'
import { crossKommune } from '#tenancy/cross_kommune'

/**
 * The national questions answered from one current window (national_windows.ts):
 * at most one row per (guide, kommune) pair with contacts, whatever the period's length.
 */
export async function guideTotalsFromWindow(days: number, limit: number): Promise<GuideTotal[]> {
  const rows = await db
    .from(NATIONAL_WINDOW_TABLE)
    .where('period_days', days)
    .where('contacts', '>', 0)
    .groupBy('guide_id')
    .select('guide_id')
    .sum('contacts as contacts')
    .count('* as kommuner')
    .orderBy('contacts', 'desc')
    .orderBy('guide_id')
    .limit(limit)
  return rows.map((row) => ({
    guideId: Number(row.guide_id),
    contacts: Number(row.contacts),
    kommuner: Number(row.kommuner),
  }))
}

/** Busiest pairs first (the window's contacts index), skipping local guides and supplemented pairs. */
export async function missingFromWindow(days: number, limit: number): Promise<PairTotal[]> {
  const rows = await crossKommune('national statistics: kommuner without a supplement', () =>
    db
      .from(`${NATIONAL_WINDOW_TABLE} as w`)
      .join('guides', (join) => {
        join.on('guides.id', '=', 'w.guide_id').andOnNull('guides.kommune_id')
      })
      .leftJoin('local_supplements', (join) => {
        join
          .on('local_supplements.kommune_id', '=', 'w.kommune_id')
          .andOn('local_supplements.guide_id', '=', 'w.guide_id')
      })
      .join('kommuner', 'kommuner.id', 'w.kommune_id')
      .whereNull('local_supplements.id')
      .where('w.period_days', days)
      .where('w.contacts', '>', 0)
      .select('w.kommune_id', 'w.guide_id', 'w.contacts')
      .orderBy('w.contacts', 'desc')
      .orderBy('kommuner.name')
      .orderBy('w.guide_id')
      .limit(limit)
  )
  return rows.map((row) => ({
    kommuneId: Number(row.kommune_id),
    guideId: Number(row.guide_id),
    contacts: Number(row.contacts),
  }))
}
