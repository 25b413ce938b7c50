import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import { DateTime } from 'luxon'
import Guide from '#models/guide'
import type Kommune from '#models/kommune'
import type { MergedGuide } from '#knowledge/merged_guide'
import { mergedGuides } from '#knowledge/merged_guide_service'
import { isOpenNow } from '#support/opening_hours'
import { appUrl } from '#config/app'
import { sendConnections } from '#services/send_channels'
import { composeGuidance } from '#support/guidance_message'
import { gsm7Friendly, smsSegments } from '#channel_kit'

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
    const connections = await sendConnections(kommune!)
    const localText = await mergedGuides.kommunerWithLocalText(source)
    return inertia.render('staff/guide', {
      guide,
      openNow: isOpenNow(guide.contact?.openingHours, kommune!.timezone),
      timezone: kommune!.timezone,
      openedAt: DateTime.utc().toISO(),
      /** "Also in": other kommuner only; the staff member's own text is on the page already. */
      localText: localText.filter((other) => other.code !== kommune!.code),
      sendChannels: [...connections.keys()].sort(),
      previews: this.#previews(guide, kommune!, connections.get('sms')?.readSettings()),
    })
  }

  /** Exactly what "send to the citizen" would send, per channel. */
  #previews(guide: MergedGuide, kommune: Kommune, smsSettings?: Record<string, unknown>) {
    const email = composeGuidance(guide, kommune, 'email', appUrl)
    const smsText = gsm7Friendly(composeGuidance(guide, kommune, 'sms', appUrl).text)
    const segmentation = smsSegments(smsText)
    const price = Number(smsSettings?.pricePerSegment)
    return {
      email: { subject: email.subject, text: email.text },
      sms: {
        text: smsText,
        segments: segmentation.segments,
        encoding: segmentation.encoding,
        /** What the kommune's gateway charges, when its admin told us the price per SMS. */
        cost: Number.isFinite(price) && price > 0 ? price * segmentation.segments : null,
        pricePerSegment: Number.isFinite(price) && price > 0 ? price : null,
        currency: kommune.country === 'SE' ? 'SEK' : 'DKK',
      },
    }
  }
}
