import { inject } from '@adonisjs/core'
import AuditTrail from '#services/audit_trail'

/** Which statistics download: the page it belongs to and the table on it. */
export type StatsExport = {
  /** `dashboard`, `peers` or `national`: the page the download sits on. */
  page: 'dashboard' | 'peers' | 'national'
  /** The table's id on that page (`areas`, `costs`, `guides`, …). */
  table: string
  /** Local days, inclusive, yyyy-MM-dd. */
  period: { from: string; to: string }
  /** The filters as chosen (preset, service area id, channel); never free text. */
  filters: Record<string, string | number | null>
  rows: number
}

/**
 * Every statistics download is written to the audit log (`export.downloaded`)
 * with what left the system: page, table, period, filters and the row count.
 * Deliberately not the rows themselves: a table like "searches without
 * answers" holds citizens' own words, and the audit log must not become a
 * second copy of them. The kommune is null for the national editors' view,
 * which spans every kommune.
 */
@inject()
export default class RecordExportDownload {
  constructor(private audit: AuditTrail) {}

  async handle(userId: number, kommuneId: number | null, download: StatsExport) {
    await this.audit.record({
      action: 'export.downloaded',
      userId,
      kommuneId,
      subject: { type: 'stats_export', id: `${download.page}.${download.table}` },
      meta: {
        page: download.page,
        table: download.table,
        period: `${download.period.from}..${download.period.to}`,
        filters: withoutEmpty(download.filters),
        rows: download.rows,
        format: 'csv',
      },
    })
  }
}

/** Only the filters actually set, so the log line reads as what was chosen. */
function withoutEmpty(filters: StatsExport['filters']) {
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== null && value !== undefined)
  )
}
