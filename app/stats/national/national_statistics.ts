import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { crossKommune } from '#tenancy/cross_kommune'
import { guideTotalsFromDaily, missingFromDaily } from '#stats/national/national_daily_reads'
import { guideTotalsFromWindow, missingFromWindow } from '#stats/national/national_window_reads'
import {
  NATIONAL_PERIODS,
  NATIONAL_WINDOW_STATE_TABLE,
} from '#stats/national/national_window_columns'
import { refreshNationalWindows, windowStart } from '#stats/national/national_windows'
import type {
  GuideUseDto,
  MissingSupplementDto,
  NationalPeriodDto,
  NationalStatisticsProps,
  SearchMissesDto,
} from '#transformers/national_statistics_dto'

export { NATIONAL_PERIODS }
const LIMIT = 25

/**
 * The national editors' view across every kommune: which guides citizens'
 * contacts were about (the guide rollup, never the fact table), where
 * searches fail (the search-miss log), and which kommuner lack a local
 * supplement to the guides their citizens ask about most.
 */
export class NationalStatistics {
  async forPeriod(days: number, today = DateTime.now().setZone('Europe/Copenhagen')) {
    const chosen = (NATIONAL_PERIODS as readonly number[]).includes(days) ? days : 90
    const to = today.startOf('day').minus({ days: 1 })
    const from = to.minus({ days: chosen - 1 })
    const period: NationalPeriodDto = { from: from.toISODate()!, to: to.toISODate()!, days: chosen }
    // The new-day step: a no-op read of three rows unless yesterday moved.
    await refreshNationalWindows(period.to)
    const props: NationalStatisticsProps = {
      period,
      periods: [...NATIONAL_PERIODS],
      guides: await this.guides(period),
      searchMisses: await this.searchMisses(from, to.plus({ days: 1 })),
      missingSupplements: await this.missingSupplements(period),
    }
    return props
  }

  /**
   * National guides by contacts registered about them, with how many
   * kommuner: from the period's window when it is current (the page's
   * case), else from the daily guide rollup.
   */
  async guides(period: NationalPeriodDto): Promise<GuideUseDto[]> {
    const totals = (await this.#windowCovers(period))
      ? await guideTotalsFromWindow(period.days, LIMIT)
      : await guideTotalsFromDaily(period, LIMIT)
    const names = await guideNames(totals.map((row) => row.guideId))
    return totals.map((row) => ({
      guideId: row.guideId,
      title: names.get(row.guideId)?.title ?? '',
      serviceArea: names.get(row.guideId)?.area ?? null,
      contacts: row.contacts,
      kommuner: row.kommuner,
    }))
  }

  /** Whether a current national window holds exactly this period. */
  async #windowCovers(period: NationalPeriodDto) {
    if (!(NATIONAL_PERIODS as readonly number[]).includes(period.days)) return false
    const state = await db
      .from(NATIONAL_WINDOW_STATE_TABLE)
      .where('period_days', period.days)
      .select('as_of')
      .first()
    return state?.as_of === period.to && windowStart(period.to, period.days) === period.from
  }

  /** Searches without results (or without a click) per kommune, busiest first. */
  async searchMisses(from: DateTime, until: DateTime): Promise<SearchMissesDto[]> {
    const range = [from, until].map((moment) => moment.toUTC().toSQL({ includeOffset: false })!)
    const counts = await crossKommune('national statistics: search misses per kommune', () =>
      db
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
    )
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
      .forKommuner(kommuneIds)
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
    const pairs = (await this.#windowCovers(period))
      ? await missingFromWindow(period.days, LIMIT)
      : await missingFromDaily(period, LIMIT)
    const names = await guideNames(pairs.map((row) => row.guideId))
    const kommuner = await kommuneNames(pairs.map((row) => row.kommuneId))
    return pairs.map((row) => ({
      kommuneId: row.kommuneId,
      kommune: kommuner.get(row.kommuneId) ?? '',
      guideId: row.guideId,
      title: names.get(row.guideId)?.title ?? '',
      contacts: row.contacts,
    }))
  }
}

async function guideNames(ids: number[]) {
  if (ids.length === 0) return new Map<number, { title: string; area: string | null }>()
  const rows = await db
    .from('guides')
    .leftJoin('service_areas', 'service_areas.id', 'guides.service_area_id')
    .whereIn('guides.id', ids)
    .select('guides.id', 'guides.title', 'service_areas.name_da as area')
  return new Map(
    rows.map((row) => [Number(row.id), { title: String(row.title), area: row.area ?? null }])
  )
}

async function kommuneNames(ids: number[]) {
  if (ids.length === 0) return new Map<number, string>()
  const rows = await db.from('kommuner').whereIn('id', ids).select('id', 'name')
  return new Map(rows.map((row) => [Number(row.id), String(row.name)]))
}
