import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import { DateTime } from 'luxon'
import Guide from '#models/guide'
import type Kommune from '#models/kommune'
import type { MergedGuide } from '#knowledge/merged_guide'
import { mergedGuides } from '#knowledge/merged_guide_service'
import { isOpenNow } from '#support/opening_hours'
import { appUrl } from '#config/app'
import { enabledSendChannels } from '#services/send_channels'
import { composeGuidance } from '#support/guidance_message'
import { smsSegments } from '#plugins/sms/segments'

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
      previews: this.#previews(guide, kommune!),
    })
  }

  /** Exactly what "send to the citizen" would send, per channel. */
  #previews(guide: MergedGuide, kommune: Kommune) {
    const email = composeGuidance(guide, kommune, 'email', appUrl)
    const sms = composeGuidance(guide, kommune, 'sms', appUrl)
    const segmentation = smsSegments(sms.text)
    return {
      email: { subject: email.subject, text: email.text },
      sms: { text: sms.text, segments: segmentation.segments, encoding: segmentation.encoding },
    }
  }
}
