import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { portalPages } from '#portal/portal_pages'
import { escaped } from '#portal/widget_dto'
import { allowWidgetOrigin, apiSecurityHeaders } from '#portal/widget_cors'
import RecordWidgetStep from '#actions/portal/record_widget_step'
import SuggestionService from '#services/suggestions/suggestion_service'
import {
  deflectionEventValidator,
  deflectionQueryValidator,
} from '#validators/suggestion_validator'

/**
 * The widget's step before a chat (issue 17): the guides that answer the
 * citizen's question, and the anonymous session steps the deflection
 * figures are counted from. Lean stack, no cookies, CORS for the kommune's
 * own sites only.
 */
export default class DeflectionController {
  @inject()
  async suggest(ctx: HttpContext, suggestions: SuggestionService) {
    const kommune = await this.#kommune(ctx)
    if (!kommune) return ctx.response.notFound({ errors: [{ message: 'Not found' }] })
    const input = await deflectionQueryValidator.validate(ctx.request.qs())
    const hits = await suggestions.forWidget(kommune, input.q, input.title ?? null)
    ctx.response.header('Cache-Control', 'no-store')
    return { hits: escaped(hits) }
  }

  /** A form-encoded POST (no preflight); answers 204 with nothing to read. */
  @inject()
  async record(ctx: HttpContext, action: RecordWidgetStep) {
    const kommune = await this.#kommune(ctx)
    if (!kommune) return ctx.response.notFound({ errors: [{ message: 'Not found' }] })
    const input = await deflectionEventValidator.validate(ctx.request.all(), {
      meta: { kommuneId: kommune.id },
    })
    await action.handle(kommune, input.session, input.step, input.slug)
    return ctx.response.noContent()
  }

  async #kommune(ctx: HttpContext) {
    apiSecurityHeaders(ctx)
    const kommune = await portalPages.kommune(String(ctx.params.code))
    if (kommune) allowWidgetOrigin(ctx, kommune)
    return kommune
  }
}
