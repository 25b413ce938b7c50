import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { GUIDE_DAILY_TABLE } from '#stats/rollup_columns'
import type {
  GuideUseDto,
  MissingSupplementDto,
  NationalPeriodDto,
  NationalStatisticsProps,
  SearchMissesDto,
} from '#transformers/national_statistics_dto'
import { crossKommune } from '#tenancy/cross_kommune'

/** Periods the page offers, in days back from yesterday. */
export const NATIONAL_PERIODS = [30, 90, 365]
const LIMIT = 25

/**
 * The national editors' view across every kommune: which guides citizens'
 * contacts were about (the guide rollup, never the fact table), where
 * searches fail (the search-miss log), and which kommuner lack a local
 * supplement to the guides their citizens ask about most.
 */
export class NationalStatistics {
  async forPeriod(days: number, today = DateTime.now().setZone('Europe/Copenhagen')) {
    const chosen = NATIONAL_PERIODS.includes(days) ? days : 90
    const to = today.startOf('day').minus({ days: 1 })
    const from = to.minus({ days: chosen - 1 })
    const period: NationalPeriodDto = { from: from.toISODate()!, to: to.toISODate()!, days: chosen }
    const props: NationalStatisticsProps = {
      period,
      periods: NATIONAL_PERIODS,
      guides: await this.guides(period),
      searchMisses: await this.searchMisses(from, to.plus({ days: 1 })),
      missingSupplements: await this.missingSupplements(period),
    }
    return props
  }

  /** National guides by contacts registered about them, with how many kommuner. */
  async guides(period: NationalPeriodDto): Promise<GuideUseDto[]> {
    const rows = await db
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
      .limit(LIMIT)
    return rows.map((row) => ({
      guideId: Number(row.guide_id),
      title: row.title,
      serviceArea: row.area ?? null,
      contacts: Number(row.contacts),
      kommuner: Number(row.kommuner),
    }))
  }

  /** Searches without results (or without a click) per kommune, busiest first. */
  async searchMisses(from: DateTime, until: DateTime): Promise<SearchMissesDto[]> {
    const range = [from, until].map((moment) => moment.toUTC().toSQL({ includeOffset: false })!)
    const counts = await db
      .from('search_misses')
      .join('kommuner', 'kommuner.id', 'search_misses.kommune_id')
      .where('search_misses.created_at', '>=', range[0])
      .where('search_misses.created_at', '<', range[1])
      .groupBy('search_misses.kommune_id', 'kommuner.name')
      .select('search_misses.kommune_id', 'kommuner.name')
      .select(db.raw(`SUM(CASE WHEN reason = 'zero' THEN 1 ELSE 0 END) AS zero_results`))
      .select(db.raw(`SUM(CASE WHEN reason = 'no_click' THEN 1 ELSE 0 END) AS no_clicks`))
      .orderBy('zero_results', 'desc')
      .orderBy('kommuner.name')
      .limit(LIMIT)
    const top = await this.#topQueries(
      counts.map((row) => Number(row.kommune_id)),
      range
    )
    return counts.map((row) => ({
      kommuneId: Number(row.kommune_id),
      kommune: row.name,
      zeroResults: Number(row.zero_results),
      noClicks: Number(row.no_clicks),
      topQuery: top.get(Number(row.kommune_id)) ?? null,
    }))
  }

  async #topQueries(kommuneIds: number[], range: string[]) {
    if (kommuneIds.length === 0) return new Map<number, string>()
    const rows = await db
      .from('search_misses')
      .whereIn('kommune_id', kommuneIds)
      .where('reason', 'zero')
      .where('created_at', '>=', range[0])
      .where('created_at', '<', range[1])
      .groupBy('kommune_id', 'query')
      .select('kommune_id', 'query')
      .count('* as times')
      .orderBy('times', 'desc')
      .orderBy('query')
    const top = new Map<number, string>()
    for (const row of rows) {
      if (!top.has(Number(row.kommune_id))) top.set(Number(row.kommune_id), row.query)
    }
    return top
  }

  /** (kommune, national guide) pairs with the most contacts and no local supplement. */
  async missingSupplements(period: NationalPeriodDto): Promise<MissingSupplementDto[]> {
    // The national view lists every kommune's gaps by design (ADR 0020).
    const rows = await crossKommune('national statistics: kommuner without a supplement', () =>
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
        .limit(LIMIT)
    )
    return rows.map((row) => ({
      kommuneId: Number(row.kommune_id),
      kommune: row.name,
      guideId: Number(row.guide_id),
      title: row.title,
      contacts: Number(row.contacts),
    }))
  }
}
