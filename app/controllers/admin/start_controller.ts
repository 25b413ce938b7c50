import type { HttpContext } from '@adonisjs/core/http'
import { kommuneDirectory } from '#services/kommune_directory'
import { toKommuneDto } from '#transformers/account_dto'

/**
 * The administrator's start page: the kommune's people and recent activity.
 */
export default class StartController {
  async render({ inertia, kommune, bouncer }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    return inertia.render('admin/start', {
      kommune: toKommuneDto(kommune!),
      members: await kommuneDirectory.members(kommune!),
      audit: await kommuneDirectory.recentAudit(kommune!),
    })
  }
}
