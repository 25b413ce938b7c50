import app from '@adonisjs/core/services/app'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import type { StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'

/**
 * Turns errors into responses: Inertia error pages for people, JSON for the
 * API and anything that asked for JSON. Another kommune's object is a 404,
 * never a 403 with data (see app/tenancy).
 */
export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = !app.inProduction

  /** Status pages in every environment: 404/403/500 look the same everywhere (errors are logged). */
  protected renderStatusPages = true

  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '403': (error, ctx) => this.#page(ctx, error.status),
    '404': (error, ctx) => this.#page(ctx, error.status),
    '500..599': (error, ctx) => this.#page(ctx, error.status),
  }

  async #page(ctx: HttpContext, status: number) {
    const wantsJson =
      ctx.request.url().startsWith('/api/') || ctx.request.accepts(['html', 'json']) === 'json'
    if (!ctx.inertia || wantsJson) {
      return ctx.response.status(status).send({ errors: [{ message: statusText(status) }] })
    }
    ctx.response.status(status)
    return ctx.inertia.render('errors/error', { status })
  }

  async handle(error: unknown, ctx: HttpContext) {
    return super.handle(error, ctx)
  }

  async report(error: unknown, ctx: HttpContext) {
    return super.report(error, ctx)
  }
}

function statusText(status: number) {
  if (status === 403) return 'Forbidden'
  if (status === 404) return 'Not found'
  return 'Server error'
}
