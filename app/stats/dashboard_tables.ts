/**
 * Every chart's table: its columns and rows, defined once. The page shows
 * it as the chart's accessible table view; the CSV export writes the same
 * rows. Pure (types only), so the browser imports it too.
 */
import type { DashboardDto } from './dashboard_types.js'
import type { PeersDto } from './peer_types.js'
import { METRIC_UNITS } from './metric_types.js'

/** `number`: a peer figure whose unit follows the row's metric (METRIC_UNITS). */
export type CellKind =
  | 'text'
  | 'int'
  | 'percent'
  | 'seconds'
  | 'kroner'
  | 'number'
  | 'bucket'
  | 'channel'
  | 'metric'
  | 'group'
  | 'unit'
  | 'step'
export type TableColumn = { key: string; labelKey: string; kind: CellKind }
export type TableRow = Record<string, string | number | null>
export type TableDef<Source> = {
  titleKey: string
  columns: TableColumn[]
  rows: (source: Source) => TableRow[]
}

const col = (key: string, kind: CellKind, labelKey = `dashboard.col.${key}`): TableColumn => ({
  key,
  labelKey,
  kind,
})
const CHANNEL_KEYS = ['phone', 'in_person', 'chat', 'email', 'sms', 'callback'] as const

export const DASHBOARD_TABLES = {
  areas: {
    titleKey: 'dashboard.chart.areas',
    columns: [col('serviceArea', 'text'), col('contacts', 'int'), col('previous', 'int')],
    rows: (dto) => dto.byArea,
  },
  channel_mix: {
    titleKey: 'dashboard.chart.channel_mix',
    columns: [
      col('bucket', 'bucket'),
      ...CHANNEL_KEYS.map((channel) => col(channel, 'int', `channels.${channel}`)),
    ],
    rows: (dto) => dto.channelMix,
  },
  times: {
    titleKey: 'dashboard.chart.times',
    columns: [
      col('channel', 'channel'),
      col('waitMedian', 'seconds'),
      col('waitP90', 'seconds'),
      col('firstResponseMedian', 'seconds'),
      col('firstResponseP90', 'seconds'),
      col('handleMedian', 'seconds'),
      col('handleP90', 'seconds'),
    ],
    rows: (dto) => dto.times,
  },
  csat: {
    titleKey: 'dashboard.chart.csat',
    columns: [
      col('channel', 'channel'),
      col('answers', 'int'),
      col('positiveShare', 'percent'),
      col('responseRate', 'percent'),
    ],
    rows: (dto) => dto.csat,
  },
  costs: {
    titleKey: 'dashboard.chart.costs',
    columns: [
      col('channel', 'channel'),
      col('contacts', 'int'),
      col('unitCost', 'kroner'),
      col('cost', 'kroner'),
    ],
    rows: (dto) => dto.costs,
  },
  shift: {
    titleKey: 'dashboard.chart.shift',
    columns: [col('bucket', 'bucket'), col('contacts', 'int'), col('digitalShare', 'percent')],
    rows: (dto) => dto.shift,
  },
  top_guides: {
    titleKey: 'dashboard.chart.top_guides',
    columns: [
      col('label', 'text', 'dashboard.col.guide'),
      col('count', 'int', 'dashboard.col.contacts'),
    ],
    rows: (dto) => dto.topGuides,
  },
  top_misses: {
    titleKey: 'dashboard.chart.top_misses',
    columns: [
      col('label', 'text', 'dashboard.col.query'),
      col('count', 'int', 'dashboard.col.searches'),
    ],
    rows: (dto) => dto.topMisses,
  },
  top_sent: {
    titleKey: 'dashboard.chart.top_sent',
    columns: [
      col('label', 'text', 'dashboard.col.guide'),
      col('count', 'int', 'dashboard.col.sent'),
    ],
    rows: (dto) => dto.topSent,
  },
  deflection: {
    titleKey: 'dashboard.deflection.title',
    columns: [
      col('step', 'step', 'dashboard.deflection.col.step'),
      col('sessions', 'int', 'dashboard.deflection.col.sessions'),
      col('share', 'percent', 'dashboard.deflection.col.share'),
      col('previous', 'int', 'dashboard.col.previous'),
    ],
    rows: (dto) => dto.deflection.rows,
  },
} satisfies Record<string, TableDef<DashboardDto>>

export type DashboardTableId = keyof typeof DASHBOARD_TABLES
export const DASHBOARD_TABLE_IDS = Object.keys(DASHBOARD_TABLES) as DashboardTableId[]

/** Every shown peer group's rows, one table (the group a column). */
export const PEERS_TABLE: TableDef<PeersDto> = {
  titleKey: 'peers.title',
  columns: [
    col('group', 'group', 'peers.col.group'),
    col('size', 'int', 'peers.col.size'),
    col('metric', 'metric', 'peers.col.metric'),
    col('unit', 'unit', 'peers.col.unit'),
    col('own', 'number', 'peers.col.own'),
    col('q1', 'number', 'peers.col.q1'),
    col('median', 'number', 'peers.col.median'),
    col('q3', 'number', 'peers.col.q3'),
  ],
  rows: (dto) =>
    dto.groups
      .filter((group) => group.hidden === null)
      .flatMap((group) =>
        group.rows.map((row) => ({
          group: group.kind,
          size: group.size,
          unit: METRIC_UNITS[row.metric],
          ...row,
        }))
      ),
}
