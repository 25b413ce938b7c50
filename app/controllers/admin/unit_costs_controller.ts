import type { HttpContext } from '@adonisjs/core/http'
import { inject } from '@adonisjs/core'
import SaveUnitCosts from '#actions/stats/save_unit_costs'
import { DEFAULT_UNIT_COSTS, MAX_UNIT_COST } from '#stats/unit_costs'
import { unitCostsFor } from '#stats/unit_cost_store'
import { unitCostsValidator } from '#validators/unit_costs_validator'

/** The kommune admin's unit cost per channel, the basis of every cost on the dashboard. */
export default class UnitCostsController {
  async edit({ inertia, kommune, bouncer }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    return inertia.render('admin/unit_costs', {
      costs: await unitCostsFor(kommune!),
      defaults: DEFAULT_UNIT_COSTS,
      max: MAX_UNIT_COST,
    })
  }

  @inject()
  async update(
    { request, kommune, bouncer, session, response, i18n, auth }: HttpContext,
    save: SaveUnitCosts
  ) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const costs = await request.validateUsing(unitCostsValidator)
    await save.handle(kommune!, costs, { userId: auth.user!.id, ip: request.ip() })
    session.flash('success', i18n.t('unit_costs.saved'))
    return response.redirect('/admin/unit-costs')
  }
}
