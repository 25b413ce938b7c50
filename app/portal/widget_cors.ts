import type { HttpContext } from '@adonisjs/core/http'
import type Kommune from '#models/kommune'
import { appUrl } from '#config/app'

/**
 * The widget runs on a kommune's own website and calls our API from there.
 * Cross-origin reads are allowed only for the origins the kommune listed
 * (`settings.siteOrigins`), never `*`; our own origin needs no CORS.
 */
export function allowWidgetOrigin({ request, response }: HttpContext, kommune: Kommune) {
  response.header('Vary', 'Origin')
  const origin = request.header('origin')
  if (!origin || origin === new URL(appUrl).origin) return
  if ((kommune.settings.siteOrigins ?? []).includes(origin)) {
    response.header('Access-Control-Allow-Origin', origin)
    response.header('Access-Control-Allow-Methods', 'GET, POST')
    response.header('Access-Control-Max-Age', '600')
  }
}

/** JSON answers are never a document: nothing may run or frame them. */
export function apiSecurityHeaders({ response }: HttpContext) {
  response.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'")
  response.header('X-Content-Type-Options', 'nosniff')
}
