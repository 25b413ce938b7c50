import type { HttpContext } from '@adonisjs/core/http'
import { changeAlertsFor } from '#knowledge/change_alerts'

/**
 * "The text you built on changed": supplements and copies to review, each
 * with the diff of what changed.
 */
export default class ChangeAlertsController {
  async index({ inertia, kommune, bouncer }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    return inertia.render('admin/change_alerts', { alerts: await changeAlertsFor(kommune!) })
  }
}
