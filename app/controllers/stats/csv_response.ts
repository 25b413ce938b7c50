import type { HttpContext } from '@adonisjs/core/http'
import type { I18n } from '@adonisjs/i18n'
import { toCsv, type CsvLabels } from '#stats/csv'
import type { TableColumn, TableRow } from '#stats/dashboard_tables'

/** Column and value labels in the reader's language; numbers stay Danish (app/stats/csv.ts). */
export function csvLabels(i18n: I18n): CsvLabels {
  return {
    column: (column) => i18n.t(column.labelKey),
    channel: (channel) => i18n.t(`channels.${channel}`),
    metric: (metric) => i18n.t(`dashboard.metric.${metric}`),
    group: (group) => i18n.t(`peers.group.${group}`),
    unit: (unit) => i18n.t(`dashboard.unit.${unit}`),
    step: (step) => i18n.t(`dashboard.deflection.step.${step}`),
  }
}

/** A CSV download; never cached, since it holds the kommune's own figures. */
export function sendCsv(
  response: HttpContext['response'],
  filename: string,
  columns: TableColumn[],
  rows: TableRow[],
  labels: CsvLabels
) {
  response.header('content-type', 'text/csv; charset=utf-8')
  response.header('content-disposition', `attachment; filename="${filename}"`)
  response.header('cache-control', 'no-store')
  return response.send(toCsv(columns, rows, labels))
}
