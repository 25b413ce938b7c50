import { DateTime } from 'luxon'

/**
 * A dashboard period: whole local days, `from` and `to` inclusive
 * (yyyy-MM-dd, the kommune's own calendar, as the rollups' `day` column).
 */
export interface Period {
  from: string
  to: string
  days: number
}

export const PERIOD_PRESETS = ['7d', '30d', '90d', '365d', 'custom'] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]
const PRESET_DAYS: Record<Exclude<PeriodPreset, 'custom'>, number> = {
  '7d': 7,
  '30d': 30,
  '90d': 90,
  '365d': 365,
}
/** Longest custom period: two years keeps every query on a bounded slice of the rollups. */
export const MAX_PERIOD_DAYS = 731

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' })

export function periodOf(from: string, to: string): Period {
  return { from, to, days: Math.round(day(to).diff(day(from), 'days').days) + 1 }
}

/**
 * The period a request asks for. A preset counts back from `today`
 * (included); a custom range is clamped to MAX_PERIOD_DAYS and ordered.
 */
export function resolvePeriod(
  input: { preset?: PeriodPreset; from?: string; to?: string },
  today: string
): Period {
  if (input.preset === 'custom' && input.from && input.to) {
    const [from, to] = input.from <= input.to ? [input.from, input.to] : [input.to, input.from]
    const earliest = day(to)
      .minus({ days: MAX_PERIOD_DAYS - 1 })
      .toISODate()!
    return periodOf(from < earliest ? earliest : from, to)
  }
  const length = PRESET_DAYS[(input.preset ?? '30d') as keyof typeof PRESET_DAYS] ?? 30
  return periodOf(
    day(today)
      .minus({ days: length - 1 })
      .toISODate()!,
    today
  )
}

/** The period of the same length that ends the day before `period` starts. */
export function previousPeriod(period: Period): Period {
  const to = day(period.from).minus({ days: 1 })
  return periodOf(to.minus({ days: period.days - 1 }).toISODate()!, to.toISODate()!)
}

export type Granularity = 'day' | 'week' | 'month'

/** Days for a week, ISO weeks up to a quarter, months beyond. */
export function granularityOf(period: Period): Granularity {
  if (period.days <= 14) return 'day'
  return period.days <= 92 ? 'week' : 'month'
}

/** The bucket a day falls in: the day itself, its ISO week's Monday, or the month's first day. */
export function bucketStart(iso: string, granularity: Granularity) {
  if (granularity === 'day') return iso
  const date = day(iso)
  return (granularity === 'week' ? date.startOf('week') : date.startOf('month')).toISODate()!
}
