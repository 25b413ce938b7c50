import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { errors as vineErrors } from '@vinejs/vine'
import { ChannelUnavailableError } from '#actions/channels/send_message'
import RequestCitizenCallback from '#actions/portal/request_citizen_callback'
import SharePage from '#actions/portal/share_page'
import { mergedGuides } from '#knowledge/merged_guide_service'
import { portalPages } from '#portal/portal_pages'
import { donePage, guideWithError, reachContext } from '#portal/reach_pages'
import { notFound, sendPage } from '#portal/send_page'
import { callbackFormValidator, shareFormValidator } from '#validators/reach_validator'

const CALLBACK_ERRORS: Record<string, string> = {
  phone: 'err_phone',
  openingHours: 'err_hours',
  future: 'err_future',
  after: 'err_after',
}

/**
 * "Call me back" and "send this page to me" from a guide page: plain
 * forms (they work without JavaScript), no account, no cookies; the
 * answer is the guide page with the problem, or a thank-you page.
 */
export default class ReachController {
  @inject()
  async callback(ctx: HttpContext, action: RequestCitizenCallback) {
    const kommune = await portalPages.kommune(String(ctx.params.kommune))
    const context = kommune && (await reachContext(kommune, ctx.params.slug, ctx.request.qs().lang))
    if (!kommune || !context?.guide.channels.includes('callback')) return notFound(ctx)
    const old = ctx.request.only(['phone', 'date', 'from', 'to', 'note'])
    const fail = async (key: string, status = 422) =>
      sendPage(ctx, await guideWithError(context, 'callback', key, old), { maxAge: 0, status })
    const [invalid, form] = await callbackFormValidator.tryValidate(old)
    if (invalid) return fail(invalid.messages[0]?.field === 'phone' ? 'err_phone' : 'err_invalid')
    try {
      const accepted = await action.handle(
        kommune,
        context.guide,
        { ...form, note: form.note ?? '' },
        ctx.request.ip()
      )
      if (!accepted) return fail('err_limited', 429)
    } catch (error) {
      if (error instanceof ChannelUnavailableError) return fail('err_unavailable', 409)
      if (!(error instanceof vineErrors.E_VALIDATION_ERROR)) throw error
      const rule = (error.messages as { rule: string }[])[0]?.rule
      return fail(CALLBACK_ERRORS[rule] ?? 'err_invalid')
    }
    return sendPage(ctx, await donePage(context, 'callback', { phone: form.phone }), { maxAge: 0 })
  }

  @inject()
  async share(ctx: HttpContext, action: SharePage) {
    const kommune = await portalPages.kommune(String(ctx.params.kommune))
    const context = kommune && (await reachContext(kommune, ctx.params.slug, ctx.request.qs().lang))
    if (!kommune || !context) return notFound(ctx)
    const old = ctx.request.only(['to'])
    const fail = async (key: string, status: number) =>
      sendPage(ctx, await guideWithError(context, 'share', key, old), { maxAge: 0, status })
    const [invalid, form] = await shareFormValidator.tryValidate(old)
    if (invalid) return fail('err_recipient', 422)
    const guide = await mergedGuides.find(kommune, context.guide.slug, 'citizen')
    if (!guide) return notFound(ctx)
    const outcome = await action.handle(kommune, guide, { to: form.to, ip: ctx.request.ip() })
    if (outcome === 'invalid') return fail('err_recipient', 422)
    if (outcome === 'unavailable') return fail('err_unavailable', 409)
    if (outcome === 'limited') return fail('err_limited', 429)
    return sendPage(ctx, await donePage(context, 'share'), { maxAge: 0 })
  }
}
