import type { HttpContext } from '@adonisjs/core/http'
import ServiceArea from '#models/service_area'
import ServicePolicy, { SERVICE_CHANNELS } from '#models/service_policy'
import SaveServicePolicy from '#actions/knowledge/save_service_policy'
import { servicePolicyValidator } from '#validators/service_policy_validator'
import { searchEvents } from '#search/search_events'
import { auditRequest } from '#services/request_audit'
import { readyPolicyChannels } from '#services/policy_channel_readiness'

/**
 * The kommune's service policy: service area × channel, and what staff
 * should say. An area without a saved row is served on every channel.
 */
export default class ServicePolicyController {
  async edit({ inertia, kommune, bouncer, i18n }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const [areas, policies, readyChannels] = await Promise.all([
      ServiceArea.query().orderBy('name_da'),
      ServicePolicy.query().forKommune(kommune!.id),
      readyPolicyChannels(kommune!),
    ])
    const byArea = new Map(policies.map((policy) => [policy.serviceAreaId, policy]))
    return inertia.render('admin/service_policy', {
      channels: [...SERVICE_CHANNELS],
      readyChannels,
      areas: areas.map((area) => {
        const policy = byArea.get(area.id)
        return {
          serviceAreaId: area.id,
          name: area.nameIn(i18n.locale),
          served: policy?.served ?? true,
          channels: policy ? policy.channels : [...SERVICE_CHANNELS],
          staffScript: policy?.staffScript ?? null,
        }
      }),
    })
  }

  async update(ctx: HttpContext) {
    const { request, kommune, bouncer, session, response, i18n } = ctx
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const { areas } = await request.validateUsing(servicePolicyValidator)
    await new SaveServicePolicy().handle(kommune!, areas)
    await searchEvents.kommuneChanged(kommune!.id)
    await auditRequest(ctx, 'service_policy.saved', {
      meta: {
        areas: areas.length,
        notServed: areas.filter((area) => !area.served).length,
      },
    })
    session.flash('success', i18n.t('policy.saved'))
    return response.redirect('/admin/policy')
  }
}
