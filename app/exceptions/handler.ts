import app from '@adonisjs/core/services/app'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import type { StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'
import env from '#start/env'
import { auditForbidden } from '#services/forbidden_audit'
import { notFound } from '#portal/send_page'
import { bodyRejection, sendBodyRejection } from '#exceptions/body_rejection'

/**
 * Drive's file server throws these for a key a visitor made up (`..`, odd
 * characters, a missing file). They are the visitor's mistake, not ours:
 * 404, and never the path or stack the packaged handler would echo.
 */
const UNSERVABLE_FILE_CODES = new Set([
  'E_CANNOT_SERVE_FILE',
  'E_PATH_TRAVERSAL_DETECTED',
  'E_UNALLOWED_CHARACTERS',
  'E_INVALID_KEY',
])

/**
 * Turns errors into responses: Inertia error pages for people, JSON for the
 * API and anything that asked for JSON. Another kommune's object is a 404,
 * never a 403 with data (see app/tenancy).
 */
export default class HttpExceptionHandler extends ExceptionHandler {
  /**
   * Stack traces and source only when a developer asks for them (APP_DEBUG)
   * on a non-production machine. The demo runs in development mode and is
   * shown to strangers, so "development" alone must not mean debug pages.
   */
  protected debug = !app.inProduction && env.get('APP_DEBUG', false)

  /** Status pages in every environment: 404/403/500 look the same everywhere (errors are logged). */
  protected renderStatusPages = true

  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '403': (error, ctx) => this.#page(ctx, error.status),
    '404': (error, ctx) => this.#page(ctx, error.status),
    '500..599': (error, ctx) => this.#page(ctx, error.status),
  }

  async #page(ctx: HttpContext, status: number) {
    // Citizen pages run without Inertia (app/portal): a plain HTML page.
    if (ctx.request.url().startsWith('/k/') && status === 404) return notFound(ctx)
    const wantsJson =
      ctx.request.url().startsWith('/api/') || ctx.request.accepts(['html', 'json']) === 'json'
    if (!ctx.inertia || wantsJson) {
      return ctx.response.status(status).send({ errors: [{ message: statusText(status) }] })
    }
    ctx.response.status(status)
    return ctx.inertia.render('errors/error', { status })
  }

  async handle(error: unknown, ctx: HttpContext) {
    if (isUnservableFile(error)) return ctx.response.status(404).send('Not found')
    const rejected = bodyRejection(error)
    if (rejected) return sendBodyRejection(ctx, rejected)
    return super.handle(error, ctx)
  }

  async report(error: unknown, ctx: HttpContext) {
    if (isUnservableFile(error)) {
      ctx.logger.warn({ code: (error as { code: string }).code }, 'file not served')
      return
    }
    if ((error as { status?: unknown } | null)?.status === 403) {
      await auditForbidden(ctx).catch((failure) =>
        ctx.logger.error({ err: failure }, 'could not audit a refused request')
      )
    }
    return super.report(error, ctx)
  }
}

function isUnservableFile(error: unknown) {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && UNSERVABLE_FILE_CODES.has(code)
}

function statusText(status: number) {
  if (status === 403) return 'Forbidden'
  if (status === 404) return 'Not found'
  return 'Server error'
}
