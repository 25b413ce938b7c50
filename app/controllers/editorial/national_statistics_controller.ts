import type { HttpContext } from '@adonisjs/core/http'
import { inject } from '@adonisjs/core'
import { NationalStatistics } from '#stats/national/national_statistics'
import {
  NATIONAL_TABLES,
  NATIONAL_TABLE_IDS,
  type NationalTableId,
} from '#stats/national/national_tables'
import { csvLabels, sendCsv } from '#controllers/stats/csv_response'
import RecordExportDownload from '#actions/stats/record_export_download'

/** The national editors' statistics across every kommune (issue 12, item 6). */
export default class NationalStatisticsController {
  async render({ inertia, bouncer, request }: HttpContext) {
    await bouncer.with('NationalContentPolicy').authorize('edit')
    const days = Number(request.qs().days ?? 90)
    const props = await new NationalStatistics().forPeriod(days)
    return inertia.render('editorial/statistics', props)
  }

  /** One of the three tables as CSV; the download is audited (no kommune: it spans all). */
  @inject()
  async export(
    { bouncer, request, params, response, i18n, auth }: HttpContext,
    audit: RecordExportDownload
  ) {
    await bouncer.with('NationalContentPolicy').authorize('edit')
    if (!NATIONAL_TABLE_IDS.includes(params.table)) return response.notFound()
    const props = await new NationalStatistics().forPeriod(Number(request.qs().days ?? 90))
    const table = NATIONAL_TABLES[params.table as NationalTableId]
    const rows = (table.rows as (source: typeof props) => Record<string, any>[])(props)
    await audit.handle(auth.user!.id, null, {
      page: 'national',
      table: params.table,
      period: props.period,
      filters: { days: props.period.days },
      rows: rows.length,
    })
    const name = `national-${params.table}-${props.period.from}-${props.period.to}.csv`
    return sendCsv(response, name, table.columns, rows, csvLabels(i18n))
  }
}
