import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import { DateTime } from 'luxon'
import Guide from '#models/guide'
import { mergedGuides } from '#knowledge/merged_guide_service'
import { isOpenNow } from '#support/opening_hours'
import { enabledSendChannels } from '#services/send_channels'

/**
 * The support view's guide page: the merged guide for the active kommune
 * in three levels, "open now" for the referral unit, the send panel's
 * channels, and the inquiry timer's start.
 */
export default class GuideController {
  async show({ inertia, kommune, bouncer, params }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('support', kommune!)
    const ref = String(params.guide)
    const guide = /^\d+$/.test(ref)
      ? await mergedGuides.findById(kommune!, Number(ref), 'staff')
      : await mergedGuides.find(kommune!, ref, 'staff')
    if (!guide) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    const source = await Guide.findOrFail(guide.id)
    return inertia.render('staff/guide', {
      guide,
      openNow: isOpenNow(guide.contact?.openingHours, kommune!.timezone),
      timezone: kommune!.timezone,
      openedAt: DateTime.utc().toISO(),
      localText: await mergedGuides.kommunerWithLocalText(source),
      sendChannels: await enabledSendChannels(kommune!),
    })
  }
}
