import { DateTime } from 'luxon'
import { METRIC_UNITS, type MetricKey } from '#stats/metric_types'
import type { CellKind, TableColumn, TableRow } from '#stats/dashboard_tables'

/**
 * CSV for Danish spreadsheets: `;` between fields, decimal comma, no
 * thousands separator (a "1.234" is read as 1,234 by some importers),
 * dates dd.MM.yyyy, and a UTF-8 byte-order mark so Excel reads æøå.
 * Shares are written as percent and times as seconds; the header says so.
 */
const BOM = '\uFEFF'
const numberFormat = (digits: number) =>
  new Intl.NumberFormat('da-DK', {
    useGrouping: false,
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  })
const INT = numberFormat(0)
const DEC = numberFormat(2)

/** A field a spreadsheet would run as a formula gets a leading apostrophe (citizen search texts land here). */
function escape(value: string) {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

export type CsvLabels = {
  column: (column: TableColumn) => string
  channel: (channel: string) => string
  metric: (metric: string) => string
  group: (group: string) => string
  unit: (unit: 'percent' | 'seconds' | 'kroner') => string
  step: (step: string) => string
}

function unitOf(kind: CellKind, row: TableRow): string | null {
  if (kind === 'number') return METRIC_UNITS[row.metric as MetricKey] ?? 'decimal'
  return kind
}

function cell(value: TableRow[string], kind: CellKind, row: TableRow, labels: CsvLabels) {
  if (value === null || value === undefined) return ''
  if (kind === 'channel') return labels.channel(String(value))
  if (kind === 'metric') return labels.metric(String(value))
  if (kind === 'group') return labels.group(String(value))
  if (kind === 'step') return labels.step(String(value))
  if (kind === 'unit')
    return ['percent', 'seconds', 'kroner'].includes(String(value))
      ? labels.unit(value as 'percent')
      : ''
  if (kind === 'bucket') return DateTime.fromISO(String(value)).toFormat('dd.MM.yyyy')
  if (kind === 'text') return String(value)
  const unit = unitOf(kind, row)
  const n = Number(value)
  if (unit === 'percent') return DEC.format(n * 100)
  if (unit === 'int') return INT.format(n)
  if (unit === 'seconds') return INT.format(Math.round(n))
  return DEC.format(n)
}

export function toCsv(columns: TableColumn[], rows: TableRow[], labels: CsvLabels) {
  const header = columns.map((column) => {
    const unit = ['percent', 'seconds', 'kroner'].includes(column.kind)
      ? ` (${labels.unit(column.kind as 'percent')})`
      : ''
    return escape(labels.column(column) + unit)
  })
  const lines = rows.map((row) =>
    columns.map((column) => escape(cell(row[column.key], column.kind, row, labels))).join(';')
  )
  return BOM + [header.join(';'), ...lines].join('\r\n') + '\r\n'
}
