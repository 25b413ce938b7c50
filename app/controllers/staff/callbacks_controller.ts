import { DateTime } from 'luxon'
import { errors, inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { callbackQueue, type QueueResult } from '#channels/callback_queue'
import RecordCallbackInquiry from '#actions/stats/record_callback_inquiry'
import { PHONE_CALLBACK_PLUGIN } from '#actions/channels/request_callback'
import CallbackRequest from '#models/callback_request'
import ChannelConnection from '#models/channel_connection'
import { toCallbackRequestDto } from '#transformers/callback_dto'
import { toKommuneDto } from '#transformers/account_dto'
import { callbackOutcomeValidator, cancelCallbackValidator } from '#validators/callback_validator'

/**
 * The callback queue for staff: requests ordered by when they are due;
 * claim one, call, record the outcome (not reached → back in the queue at
 * a chosen time), or cancel.
 */
export default class CallbacksController {
  async index({ inertia, kommune, bouncer, auth, i18n }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('support', kommune!)
    const [pending, closed, connection] = await Promise.all([
      callbackQueue.pending(kommune!),
      callbackQueue.recentlyClosed(kommune!),
      ChannelConnection.query()
        .forKommune(kommune!.id)
        .where('plugin_id', PHONE_CALLBACK_PLUGIN)
        .first(),
    ])
    const options = {
      userId: auth.user!.id,
      locale: i18n.locale,
      clickToCallUrlTemplate: connection?.readSettings().clickToCallUrlTemplate,
    }
    return inertia.render('staff/callbacks', {
      kommune: toKommuneDto(kommune!),
      offered: Boolean(connection?.enabled),
      pending: pending.map((request) => toCallbackRequestDto(request, options)),
      closed: closed.map((request) => toCallbackRequestDto(request, options)),
    })
  }

  async claim(ctx: HttpContext) {
    const { kommune, bouncer, params, auth } = ctx
    await bouncer.with('KommunePolicy').authorize('support', kommune!)
    const request = await this.#find(kommune!.id, params.callback)
    return this.#respond(ctx, await callbackQueue.claim(request, auth.user!), 'claimed')
  }

  @inject()
  async outcome(ctx: HttpContext, recordInquiry: RecordCallbackInquiry) {
    const { kommune, bouncer, params, auth, request: http } = ctx
    await bouncer.with('KommunePolicy').authorize('support', kommune!)
    const request = await this.#find(kommune!.id, params.callback)
    const data = await http.validateUsing(callbackOutcomeValidator)
    const nextAttemptAt = data.nextAttemptAt
      ? DateTime.fromISO(data.nextAttemptAt, { zone: kommune!.timezone })
      : undefined
    const result = await callbackQueue.recordOutcome(
      kommune!,
      request,
      auth.user!,
      { outcome: data.outcome, nextAttemptAt, notes: data.notes },
      { isAdmin: ctx.membership?.role === 'admin' }
    )
    if (result.ok) await recordInquiry.handle(kommune!, request, auth.user!.id)
    return this.#respond(ctx, result, data.outcome === 'reached' ? 'reached' : 'not_reached')
  }

  @inject()
  async cancel(ctx: HttpContext, recordInquiry: RecordCallbackInquiry) {
    const { kommune, bouncer, params, auth, request: http } = ctx
    await bouncer.with('KommunePolicy').authorize('support', kommune!)
    const request = await this.#find(kommune!.id, params.callback)
    const { notes } = await http.validateUsing(cancelCallbackValidator)
    const result = await callbackQueue.cancel(kommune!, request, auth.user!, notes)
    if (result.ok) await recordInquiry.handle(kommune!, request, auth.user!.id)
    return this.#respond(ctx, result, 'cancelled')
  }

  #respond({ session, response, i18n }: HttpContext, result: QueueResult, done: string) {
    if (result.ok) session.flash('success', i18n.t(`channels_admin.callbacks.done_${done}`))
    else session.flash('error', i18n.t(`channels_admin.callbacks.refused_${result.reason}`))
    return response.redirect('/staff/callbacks')
  }

  async #find(kommuneId: number, id: unknown) {
    const request = await CallbackRequest.query()
      .forKommune(kommuneId)
      .where('id', Number(id) || 0)
      .first()
    if (!request) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    return request
  }
}
