/**
 * What the statistics dashboard page and its CSV exports receive. Pure
 * types (imports of pure modules only) so the page can `import type` them;
 * app/stats/dashboard_service.ts builds them from the rollups.
 */
import type { MetricSet } from './metric_types.js'
import type { UnitCosts } from './unit_costs.js'

export type Channel = 'phone' | 'in_person' | 'chat' | 'email' | 'sms' | 'callback'

export type PeriodDto = { from: string; to: string; days: number }

export type DashboardFilters = {
  preset: '7d' | '30d' | '90d' | '365d' | 'custom'
  from: string
  to: string
  /** One service area (null: all). */
  area: number | null
  /** One channel (null: all). */
  channel: Channel | null
}

export type AreaRow = { serviceArea: string; contacts: number; previous: number }
/** Contacts per channel in one time bucket (day, week or month starting `bucket`). */
export type ChannelMixRow = { bucket: string } & Record<Channel, number>
export type TimesRow = {
  channel: Channel
  waitMedian: number | null
  waitP90: number | null
  firstResponseMedian: number | null
  firstResponseP90: number | null
  handleMedian: number | null
  handleP90: number | null
}
export type CsatRow = {
  channel: Channel
  answers: number
  positiveShare: number | null
  responseRate: number | null
}
export type CostRow = { channel: Channel; contacts: number; unitCost: number; cost: number }
export type ShiftRow = { bucket: string; contacts: number; digitalShare: number | null }
export type RankRow = { label: string; count: number }

/** The steps of a widget session before a chat (app/stats/deflection.ts defines each). */
export type DeflectionStep = 'asked' | 'guideOpened' | 'helpful' | 'chatFollowed' | 'deflected'
export type DeflectionRow = {
  step: DeflectionStep
  sessions: number
  /** Of the sessions that asked to chat; null when none did. */
  share: number | null
  previous: number
}
export type DeflectionDto = {
  /** deflected / asked; null when nobody asked. */
  rate: number | null
  previousRate: number | null
  /** deflected × the kommune's chat unit cost, kroner. */
  estimatedSaving: number
  unitCost: number
  unitCostIsDefault: boolean
  rows: DeflectionRow[]
}

export type DashboardDto = {
  kommuneName: string
  period: PeriodDto
  previous: PeriodDto
  granularity: 'day' | 'week' | 'month'
  filters: DashboardFilters
  serviceAreas: { id: number; name: string }[]
  summary: { current: MetricSet; previous: MetricSet }
  byArea: AreaRow[]
  channelMix: ChannelMixRow[]
  times: TimesRow[]
  csat: CsatRow[]
  costs: CostRow[]
  shift: ShiftRow[]
  topGuides: RankRow[]
  topMisses: RankRow[]
  topSent: RankRow[]
  deflection: DeflectionDto
  unitCosts: UnitCosts
  /** Phone contacts per service area over the last 365 days to the period's end: the what-if's base. */
  phoneYear: { serviceAreaId: number; serviceArea: string; contacts: number }[]
}
