import type { HttpContext } from '@adonisjs/core/http'
import { inject } from '@adonisjs/core'
import { DashboardService } from '#stats/dashboard_service'
import {
  DASHBOARD_TABLES,
  DASHBOARD_TABLE_IDS,
  type DashboardTableId,
} from '#stats/dashboard_tables'
import { dashboardFiltersValidator } from '#validators/dashboard_filters_validator'
import { csvLabels, sendCsv } from '#controllers/stats/csv_response'
import RecordExportDownload from '#actions/stats/record_export_download'

/**
 * The kommune's management dashboard (managers and admins): its figures
 * for a period beside the previous one, and each chart's CSV.
 */
export default class DashboardController {
  @inject()
  async render(
    { inertia, kommune, bouncer, request, i18n }: HttpContext,
    service: DashboardService
  ) {
    await bouncer.with('KommunePolicy').authorize('viewStatistics', kommune!)
    const input = await dashboardFiltersValidator.validate(request.qs())
    const dto = await service.build(kommune!, input, {
      locale: i18n.locale,
      noArea: i18n.t('dashboard.no_area'),
    })
    return inertia.render('stats/dashboard', { dashboard: dto })
  }

  @inject()
  async export(ctx: HttpContext, service: DashboardService, audit: RecordExportDownload) {
    const { kommune, bouncer, request, params, response, i18n, auth } = ctx
    await bouncer.with('KommunePolicy').authorize('viewStatistics', kommune!)
    if (!DASHBOARD_TABLE_IDS.includes(params.table)) return response.notFound()
    const input = await dashboardFiltersValidator.validate(request.qs())
    const dto = await service.build(kommune!, input, {
      locale: i18n.locale,
      noArea: i18n.t('dashboard.no_area'),
    })
    const table = DASHBOARD_TABLES[params.table as DashboardTableId]
    const name = `${kommune!.slug}-${params.table}-${dto.period.from}-${dto.period.to}.csv`
    const rows = (table.rows as (source: typeof dto) => Record<string, any>[])(dto)
    const { preset, area, channel } = dto.filters
    await audit.handle(auth.user!.id, kommune!.id, {
      page: 'dashboard',
      table: params.table,
      period: dto.period,
      filters: { preset, area, channel },
      rows: rows.length,
    })
    return sendCsv(response, name, table.columns, rows, csvLabels(i18n))
  }
}
