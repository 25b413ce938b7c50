import type { HttpContext } from '@adonisjs/core/http'
import { NationalStatistics } from '#stats/national/national_statistics'

/** The national editors' statistics across every kommune (issue 12, item 6). */
export default class NationalStatisticsController {
  async render({ inertia, bouncer, request }: HttpContext) {
    await bouncer.with('NationalContentPolicy').authorize('edit')
    const days = Number(request.qs().days ?? 90)
    const props = await new NationalStatistics().forPeriod(days)
    return inertia.render('editorial/statistics', props)
  }
}
