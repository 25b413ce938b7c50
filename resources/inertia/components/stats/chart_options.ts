import type { EChartsCoreOption } from 'echarts/core'
import type { DashboardDto } from '@app/stats/dashboard_types'
import type { statsFormat } from '~/stats_format'

/**
 * The dashboard's ECharts options, built from the same DTO as the tables.
 * Kept out of the page so the page reads as layout.
 */
type Format = ReturnType<typeof statsFormat>
type T = (key: string, values?: Record<string, unknown>) => string
const CHANNELS = ['phone', 'in_person', 'chat', 'email', 'sms', 'callback'] as const

const base = (f: Format) => ({
  tooltip: { trigger: 'axis', valueFormatter: (v: number) => f.number(v) },
  grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
  legend: { top: 0 },
})

export function bucketLabels(dto: DashboardDto, f: Format) {
  return dto.channelMix.map((row) =>
    dto.granularity === 'month'
      ? f.date(row.bucket, { month: 'short', year: 'numeric' })
      : f.date(row.bucket, { day: 'numeric', month: 'short' })
  )
}

export function areasOption(dto: DashboardDto, f: Format, t: T): EChartsCoreOption {
  const rows = dto.byArea.slice(0, 12).reverse()
  return {
    ...base(f),
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: rows.map((row) => row.serviceArea) },
    series: [
      { name: t('dashboard.col.previous'), type: 'bar', data: rows.map((row) => row.previous) },
      { name: t('dashboard.col.contacts'), type: 'bar', data: rows.map((row) => row.contacts) },
    ],
  }
}

export function channelMixOption(dto: DashboardDto, f: Format, t: T): EChartsCoreOption {
  return {
    ...base(f),
    xAxis: { type: 'category', data: bucketLabels(dto, f) },
    yAxis: { type: 'value' },
    series: CHANNELS.map((channel) => ({
      name: t(`channels.${channel}`),
      type: 'bar',
      stack: 'mix',
      data: dto.channelMix.map((row) => row[channel]),
    })),
  }
}

export function timesOption(dto: DashboardDto, f: Format, t: T): EChartsCoreOption {
  const minutes = (v: number | null) => (v === null ? null : Math.round((v / 60) * 10) / 10)
  const keys = ['waitMedian', 'firstResponseMedian', 'handleMedian'] as const
  return {
    ...base(f),
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => f.duration(v * 60) },
    xAxis: { type: 'category', data: dto.times.map((row) => t(`channels.${row.channel}`)) },
    yAxis: { type: 'value', name: 'min' },
    series: keys.map((key) => ({
      name: t(`dashboard.metric.${key}`),
      type: 'bar',
      data: dto.times.map((row) => minutes(row[key])),
    })),
  }
}

export function csatOption(dto: DashboardDto, f: Format, t: T): EChartsCoreOption {
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10)
  return {
    ...base(f),
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => f.percent(v / 100) },
    xAxis: { type: 'category', data: dto.csat.map((row) => t(`channels.${row.channel}`)) },
    yAxis: { type: 'value', max: 100, name: '%' },
    series: [
      {
        name: t('dashboard.col.positiveShare'),
        type: 'bar',
        data: dto.csat.map((r) => pct(r.positiveShare)),
      },
      {
        name: t('dashboard.col.responseRate'),
        type: 'bar',
        data: dto.csat.map((r) => pct(r.responseRate)),
      },
    ],
  }
}

export function costsOption(dto: DashboardDto, f: Format, t: T): EChartsCoreOption {
  return {
    ...base(f),
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => f.kroner(v, 0) },
    xAxis: { type: 'category', data: dto.costs.map((row) => t(`channels.${row.channel}`)) },
    yAxis: { type: 'value', name: 'kr.' },
    series: [
      { name: t('dashboard.col.cost'), type: 'bar', data: dto.costs.map((row) => row.cost) },
    ],
  }
}

export function shiftOption(dto: DashboardDto, f: Format, t: T): EChartsCoreOption {
  return {
    ...base(f),
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => f.percent(v / 100) },
    xAxis: { type: 'category', data: bucketLabels(dto, f) },
    yAxis: { type: 'value', max: 100, name: '%' },
    series: [
      {
        name: t('dashboard.col.digitalShare'),
        type: 'line',
        connectNulls: false,
        data: dto.shift.map((row) =>
          row.digitalShare === null ? null : Math.round(row.digitalShare * 1000) / 10
        ),
      },
    ],
  }
}

/** The widget funnel: sessions at each step, this period beside the previous, first step on top. */
export function deflectionOption(dto: DashboardDto, f: Format, t: T): EChartsCoreOption {
  const rows = [...dto.deflection.rows].reverse()
  return {
    ...base(f),
    xAxis: { type: 'value' },
    yAxis: {
      type: 'category',
      data: rows.map((row) => t(`dashboard.deflection.step.${row.step}`)),
    },
    series: [
      { name: t('dashboard.col.previous'), type: 'bar', data: rows.map((row) => row.previous) },
      {
        name: t('dashboard.deflection.col.sessions'),
        type: 'bar',
        data: rows.map((row) => row.sessions),
      },
    ],
  }
}
