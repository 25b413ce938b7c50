import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import Message from '#models/message'
import { deliveryStatusOf } from '#channels/delivery_status'
import SendGuidance, { SendChannelNotEnabledError } from '#actions/support/send_guidance'
import { mergedGuides } from '#knowledge/merged_guide_service'
import { auditRequest } from '#services/request_audit'
import { emailRecipientValidator, sendGuidanceValidator } from '#validators/send_guidance_validator'
import { parsePhone } from '#channel_kit'

/**
 * "Send to the citizen": validates the address or number for the chosen
 * channel, sends the guidance, and lets the page follow the delivery status.
 */
export default class SendGuidanceController {
  @inject()
  async store(ctx: HttpContext, action: SendGuidance) {
    const { request, kommune, bouncer, params, auth, session, response, i18n } = ctx
    await bouncer.with('KommunePolicy').authorize('support', kommune!)
    const guide = await mergedGuides.findById(kommune!, Number(params.guide) || 0, 'staff')
    if (!guide) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    const { channel, to, text } = await request.validateUsing(sendGuidanceValidator)
    const recipient = await this.#recipient(ctx, channel, to)
    if (!recipient) return response.redirect().back()
    try {
      const message = await action.handle({
        kommune: kommune!,
        guide,
        channel,
        to: recipient,
        userId: auth.user!.id,
        text,
      })
      // The recipient is personal data: the entry names the message, not the address.
      await auditRequest(ctx, 'guidance.sent', {
        subject: { type: 'message', id: message.id },
        meta: { guideId: guide.id, channel },
      })
      /** Queued, not sent: the status line below tells when the provider accepted it. */
      session.flash('success', i18n.t('delivery.queued_toast', { to: recipient }))
      session.flash('sentMessageId', message.id)
    } catch (error) {
      if (!(error instanceof SendChannelNotEnabledError)) throw error
      session.flash('inputErrorsBag', { channel: [i18n.t('support.channel_not_enabled')] })
    }
    return response.redirect().back()
  }

  /**
   * The delivery status of a message this kommune sent (polled by the
   * page), without the provider's raw error text: staff get a Danish
   * sentence, admins the details in the delivery log.
   */
  async status({ params, kommune, bouncer }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('support', kommune!)
    const message = await Message.query()
      .forKommune(kommune!.id)
      .where('id', Number(params.message) || 0)
      .first()
    if (!message) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    return deliveryStatusOf(message)
  }

  /** E-mail must be an address; SMS a Danish, Swedish or E.164 number. */
  async #recipient({ session, i18n }: HttpContext, channel: 'email' | 'sms', to: string) {
    if (channel === 'email') {
      const [error, value] = await emailRecipientValidator.tryValidate({ to })
      if (!error) return value.to
      session.flash('inputErrorsBag', { to: [i18n.t('support.invalid_email')] })
      return null
    }
    const phone = parsePhone(to)
    if (phone.e164) return phone.e164
    session.flash('inputErrorsBag', { to: [i18n.t('support.invalid_phone')] })
    return null
  }
}
