import type { HttpContext } from '@adonisjs/core/http'
import { kommuneDirectory } from '#services/kommune_directory'
import { toKommuneDto } from '#transformers/account_dto'

/**
 * Management's start page: the kommune at a glance.
 */
export default class StartController {
  async render({ inertia, kommune, bouncer }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('viewStatistics', kommune!)
    return inertia.render('stats/start', {
      kommune: toKommuneDto(kommune!),
      roleCounts: await kommuneDirectory.roleCounts(kommune!),
    })
  }
}
