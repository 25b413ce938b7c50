import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { errors as vineErrors } from '@vinejs/vine'
import { portalPages } from '#portal/portal_pages'
import { ChannelUnavailableError } from '#actions/channels/send_message'
import RequestCitizenCallback from '#actions/portal/request_citizen_callback'
import { portalView } from '#portal/portal_view'
import { toWidgetConfig, toWidgetGuide } from '#portal/widget_dto'
import { allowWidgetOrigin, apiSecurityHeaders } from '#portal/widget_cors'
import { callbackFormValidator } from '#validators/reach_validator'

/**
 * The widget's API: the kommune's widget settings, one guide's citizen
 * level (the answer shown inline), and "call me back". Lean stack, no
 * cookies; CORS only for the kommune's own site origins.
 */
export default class WidgetController {
  async config(ctx: HttpContext) {
    const found = await this.#kommune(ctx)
    if (!found) return ctx.response.notFound({ errors: [{ message: 'Not found' }] })
    ctx.response.header('Cache-Control', 'public, max-age=60')
    return toWidgetConfig(await portalView(found))
  }

  async guide(ctx: HttpContext) {
    const found = await this.#kommune(ctx)
    const view = found && (await portalView(found))
    const guide = view?.guides.get(String(ctx.params.slug))
    if (!view || !guide) return ctx.response.notFound({ errors: [{ message: 'Not found' }] })
    ctx.response.header('Cache-Control', 'public, max-age=60')
    return toWidgetGuide(view, guide)
  }

  @inject()
  async callback(ctx: HttpContext, action: RequestCitizenCallback) {
    const found = await this.#kommune(ctx)
    const view = found && (await portalView(found))
    const guide = view?.guides.get(String(ctx.params.slug))
    if (!found || !guide?.channels.includes('callback')) {
      return ctx.response.notFound({ errors: [{ message: 'Not found' }] })
    }
    const form = await ctx.request.validateUsing(callbackFormValidator)
    try {
      const accepted = await action.handle(
        found,
        guide,
        { ...form, note: form.note ?? '' },
        ctx.request.ip()
      )
      if (!accepted) return ctx.response.tooManyRequests({ errors: [{ rule: 'limited' }] })
    } catch (error) {
      if (error instanceof ChannelUnavailableError) {
        return ctx.response.conflict({ errors: [{ rule: 'unavailable' }] })
      }
      if (!(error instanceof vineErrors.E_VALIDATION_ERROR)) throw error
      return ctx.response.unprocessableEntity({ errors: error.messages })
    }
    return ctx.response.created({ ok: true })
  }

  async #kommune(ctx: HttpContext) {
    apiSecurityHeaders(ctx)
    // The public cache's lookup: invalidated when the kommune's settings (site origins) change.
    const kommune = await portalPages.kommune(String(ctx.params.code))
    if (kommune) allowWidgetOrigin(ctx, kommune)
    return kommune
  }
}
