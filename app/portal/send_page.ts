import type { HttpContext } from '@adonisjs/core/http'
import type { RenderedPage } from '#portal/portal_pages'

/**
 * Sends a citizen page: no cookies, an ETag for cheap revalidation and a
 * short shared max-age (a CDN may keep it a minute; our own cache is exact).
 */
export function sendPage(
  ctx: HttpContext,
  page: RenderedPage | null,
  { maxAge = 60, type = 'text/html; charset=utf-8', status = 200 } = {}
) {
  const { response, request } = ctx
  securityHeaders(ctx)
  if (!page) return notFound(ctx)
  response.status(status)
  // maxAge 0: answers to one citizen (search results, form replies) are never stored.
  response.header('Cache-Control', maxAge > 0 ? `public, max-age=${maxAge}` : 'no-store')
  response.header('ETag', page.etag)
  if (request.header('if-none-match') === page.etag) return response.status(304).send('')
  response.header('Content-Type', type)
  return response.send(page.html)
}

/** A plain 404 page (cheap; the citizen's way back is the kommune's start page). */
export function notFound(ctx: HttpContext) {
  securityHeaders(ctx)
  ctx.response.header('Cache-Control', 'no-store')
  ctx.response.header('Content-Type', 'text/html; charset=utf-8')
  return ctx.response
    .status(404)
    .send(
      '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Siden findes ikke</title></head><body><main><h1>Siden findes ikke</h1><p><a href="/">Vejviser</a></p></main></body></html>'
    )
}

/**
 * What Shield would add, for pages on the lean stack: our pages load
 * only our own script and styles and may not be framed.
 */
export function securityHeaders({ response }: HttpContext) {
  response.header(
    'Content-Security-Policy',
    "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
  )
  response.header('X-Frame-Options', 'DENY')
  response.header('X-Content-Type-Options', 'nosniff')
  response.header('Referrer-Policy', 'strict-origin-when-cross-origin')
}
