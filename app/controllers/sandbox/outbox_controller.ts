import { inject } from '@adonisjs/core'
import { errors } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import channelSandbox from '#channels/sandbox/channel_sandbox'
import { sandboxOutbox } from '#channels/sandbox/sandbox_store'
import SimulateCitizenReply, { SandboxMessageNotFoundError } from '#channels/sandbox/simulate_reply'
import { SANDBOX_UNDELIVERABLE_PREFIX } from '#channels/sandbox/sms_gateway'
import { toSandboxMessageDto } from '#transformers/sandbox_dto'
import { sandboxReplyValidator } from '#validators/sandbox_validator'

function notFound() {
  return new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
}

/**
 * The demo's outbox: what the local e-mail and SMS sandbox received for
 * the active kommune, and "the citizen answers" through the plugin's
 * signed webhook. Exists only while the sandbox runs.
 */
export default class OutboxController {
  async index({ inertia, kommune, bouncer }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('support', kommune!)
    if (!channelSandbox.running) throw notFound()
    const messages = await sandboxOutbox(kommune!)
    return inertia.render('sandbox/outbox', {
      messages: messages.map(toSandboxMessageDto),
      undeliverablePrefix: SANDBOX_UNDELIVERABLE_PREFIX,
    })
  }

  @inject()
  async reply(
    { request, kommune, bouncer, params, session, response, i18n }: HttpContext,
    action: SimulateCitizenReply
  ) {
    await bouncer.with('KommunePolicy').authorize('support', kommune!)
    if (!channelSandbox.running) throw notFound()
    const { text } = await request.validateUsing(sandboxReplyValidator)
    try {
      const result = await action.handle(kommune!, Number(params.message) || 0, text)
      session.flash(
        result.accepted ? 'success' : 'error',
        i18n.t(result.accepted ? 'sandbox.reply_accepted' : 'sandbox.reply_refused', {
          status: result.status,
        })
      )
    } catch (error) {
      if (error instanceof SandboxMessageNotFoundError) throw notFound()
      throw error
    }
    return response.redirect().back()
  }
}
