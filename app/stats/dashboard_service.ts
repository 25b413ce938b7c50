import { DateTime } from 'luxon'
import type Kommune from '#models/kommune'
import ServiceArea from '#models/service_area'
import { computeMetrics, costByChannel, volume } from '#stats/metrics'
import { granularityOf, periodOf, previousPeriod, resolvePeriod, type Period } from '#stats/period'
import { sumRollups, totalRollups, type RollupFilter } from '#stats/rollup_reader'
import {
  channelMix,
  channelShift,
  csatByChannel,
  sumAll,
  sumBy,
  timesByChannel,
} from '#stats/dashboard_series'
import { topGuides, topMisses, topSent } from '#stats/top_lists'
import { deflectionPanel } from '#stats/deflection_panel'
import { unitCostsFor } from '#stats/unit_cost_store'
import type { AreaRow, DashboardDto, DashboardFilters } from '#stats/dashboard_types'

export type DashboardInput = {
  preset?: DashboardFilters['preset']
  from?: string
  to?: string
  area?: number
  channel?: DashboardFilters['channel']
}

/**
 * Builds the management dashboard of one kommune from its daily rollups
 * (never `inquiries`). Five range scans of one kommune's rollup rows plus
 * the three top lists, whatever the period.
 */
export class DashboardService {
  async build(
    kommune: Kommune,
    input: DashboardInput,
    labels: { locale: string; noArea: string }
  ): Promise<DashboardDto> {
    const today = DateTime.now().setZone(kommune.timezone).toISODate()!
    const period = resolvePeriod(input, today)
    const previous = previousPeriod(period)
    const granularity = granularityOf(period)
    const filter = (p: Period): RollupFilter => ({
      kommuneId: kommune.id,
      period: p,
      serviceAreaIds: input.area !== undefined ? [input.area] : undefined,
      channels: input.channel ? [input.channel] : undefined,
    })
    const [dayChannel, previousTotal, areasNow, areasBefore, unitCosts, names] = await Promise.all([
      sumRollups(filter(period), ['day', 'channel']),
      totalRollups(filter(previous)),
      sumRollups(filter(period), ['service_area_id']),
      sumRollups(filter(previous), ['service_area_id']),
      unitCostsFor(kommune),
      this.#areaNames(labels),
    ])
    const current = sumAll(dayChannel)
    const context = { population: kommune.population, unitCosts }
    const lists = {
      serviceAreaIds: filter(period).serviceAreaIds,
      channels: filter(period).channels,
    }
    return {
      kommuneName: kommune.name,
      period,
      previous,
      granularity,
      filters: {
        preset: input.preset ?? '30d',
        from: period.from,
        to: period.to,
        area: input.area ?? null,
        channel: input.channel ?? null,
      },
      serviceAreas: [...names].filter(([id]) => id !== 0).map(([id, name]) => ({ id, name })),
      summary: {
        current: computeMetrics(current, context),
        previous: computeMetrics(previousTotal, context),
      },
      byArea: this.#byArea(areasNow, areasBefore, names),
      channelMix: channelMix(dayChannel, period, granularity),
      times: timesByChannel(dayChannel),
      csat: csatByChannel(dayChannel),
      costs: costByChannel(current, unitCosts),
      shift: channelShift(dayChannel, period, granularity),
      topGuides: await topGuides(kommune, period, lists),
      topMisses: await topMisses(kommune, period),
      topSent: await topSent(kommune, period),
      deflection: await deflectionPanel(kommune.id, kommune.timezone, period, previous),
      unitCosts,
      phoneYear: await this.#phoneYear(kommune, period, names),
    }
  }

  /** Names in the reader's language; 0 is "no service area". */
  async #areaNames(labels: { locale: string; noArea: string }) {
    const areas = await ServiceArea.query().orderBy('name_da')
    return new Map([
      ...areas.map((area) => [area.id, area.nameIn(labels.locale)] as [number, string]),
      [0, labels.noArea] as [number, string],
    ])
  }

  /** Volume per service area, this period beside the previous, largest first. */
  #byArea(
    now: Awaited<ReturnType<typeof sumRollups>>,
    before: Awaited<ReturnType<typeof sumRollups>>,
    names: Map<number, string>
  ): AreaRow[] {
    const key = (row: { key: Record<string, string | number> }) => String(row.key.service_area_id)
    const nowById = sumBy(now, key)
    const beforeById = sumBy(before, key)
    const ids = new Set([...nowById.keys(), ...beforeById.keys()])
    return [...ids]
      .map((id) => ({
        serviceArea: names.get(Number(id)) ?? '',
        contacts: nowById.has(id) ? volume(nowById.get(id)!) : 0,
        previous: beforeById.has(id) ? volume(beforeById.get(id)!) : 0,
      }))
      .sort((a, b) => b.contacts - a.contacts || a.serviceArea.localeCompare(b.serviceArea))
  }

  /**
   * Phone contacts per service area in the 365 days up to the period's end:
   * the yearly volume the what-if panel moves to other channels.
   */
  async #phoneYear(kommune: Kommune, period: Period, names: Map<number, string>) {
    const from = DateTime.fromISO(period.to).minus({ days: 364 }).toISODate()!
    const rows = await sumRollups(
      { kommuneId: kommune.id, period: periodOf(from, period.to), channels: ['phone'] },
      ['service_area_id']
    )
    return rows
      .map((row) => ({
        serviceAreaId: Number(row.key.service_area_id),
        serviceArea: names.get(Number(row.key.service_area_id)) ?? '',
        contacts: volume(row.measures),
      }))
      .filter((row) => row.contacts > 0)
      .sort((a, b) => b.contacts - a.contacts)
  }
}
