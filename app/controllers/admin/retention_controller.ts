import type { HttpContext } from '@adonisjs/core/http'
import { inject } from '@adonisjs/core'
import SaveRetention from '#actions/privacy/save_retention'
import { RETENTION_RULES } from '#privacy/retention/retention_kinds'
import { retentionPeriodsFor } from '#privacy/retention/retention_policy'
import { retentionValidator } from '#validators/retention_validator'

/** How long the kommune keeps each kind of personal data (the retention run deletes the rest). */
export default class RetentionController {
  async edit({ inertia, kommune, bouncer }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    return inertia.render('admin/retention', {
      periods: await retentionPeriodsFor(kommune!),
      rules: RETENTION_RULES,
    })
  }

  @inject()
  async update(
    { request, kommune, bouncer, session, response, i18n, auth }: HttpContext,
    save: SaveRetention
  ) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const periods = await request.validateUsing(retentionValidator)
    await save.handle(kommune!, periods, { userId: auth.user!.id, ip: request.ip() })
    session.flash('success', i18n.t('retention.saved'))
    return response.redirect('/admin/retention')
  }
}
