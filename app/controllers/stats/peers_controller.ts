import type { HttpContext } from '@adonisjs/core/http'
import { inject } from '@adonisjs/core'
import { PeerComparison } from '#stats/peer_comparison'
import { PEERS_TABLE } from '#stats/dashboard_tables'
import { dashboardFiltersValidator } from '#validators/dashboard_filters_validator'
import { csvLabels, sendCsv } from '#controllers/stats/csv_response'
import RecordExportDownload from '#actions/stats/record_export_download'

/** The kommune beside anonymous peer groups (quartiles only, never another kommune's name or id). */
export default class PeersController {
  @inject()
  async render({ inertia, kommune, bouncer, request }: HttpContext, peers: PeerComparison) {
    await bouncer.with('KommunePolicy').authorize('viewStatistics', kommune!)
    const { preset } = await dashboardFiltersValidator.validate(request.qs())
    return inertia.render('stats/peers', { peers: await peers.build(kommune!, preset) })
  }

  @inject()
  async export(
    { kommune, bouncer, request, response, i18n, auth }: HttpContext,
    peers: PeerComparison,
    audit: RecordExportDownload
  ) {
    await bouncer.with('KommunePolicy').authorize('viewStatistics', kommune!)
    const { preset } = await dashboardFiltersValidator.validate(request.qs())
    const dto = await peers.build(kommune!, preset)
    const name = `${kommune!.slug}-peers-${dto.period.from}-${dto.period.to}.csv`
    const rows = PEERS_TABLE.rows(dto)
    await audit.handle(auth.user!.id, kommune!.id, {
      page: 'peers',
      table: 'peers',
      period: dto.period,
      filters: { preset: dto.preset },
      rows: rows.length,
    })
    return sendCsv(response, name, PEERS_TABLE.columns, rows, csvLabels(i18n))
  }
}
