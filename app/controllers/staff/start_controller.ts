import type { HttpContext } from '@adonisjs/core/http'
import ServiceArea from '#models/service_area'
import { supportLookup } from '#services/support_lookup'
import { toKommuneDto } from '#transformers/account_dto'
import { toServiceAreaDto } from '#transformers/guide_dto'

/**
 * The support view's look-up page: one search box; recent and most used
 * guides while it is empty.
 */
export default class StartController {
  async render({ inertia, kommune, bouncer, auth, i18n }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('support', kommune!)
    const [recent, mostUsed, areas] = await Promise.all([
      supportLookup.recentFor(kommune!, auth.user!.id),
      supportLookup.mostUsed(kommune!),
      ServiceArea.query().orderBy('name_da'),
    ])
    return inertia.render('staff/start', {
      kommune: toKommuneDto(kommune!),
      recent,
      mostUsed,
      serviceAreas: areas.map((area) => toServiceAreaDto(area, i18n.locale)),
    })
  }
}
