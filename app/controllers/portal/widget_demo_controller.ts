import type { HttpContext } from '@adonisjs/core/http'
import edge from 'edge.js'
import { appUrl } from '#config/app'
import { portalPages } from '#portal/portal_pages'
import { notFound } from '#portal/send_page'

/**
 * /demo/widget/:kommune — the widget embedded the way a kommune's website
 * does it (one script tag), under a strict CSP: the widget must work with
 * no inline script or style allowance.
 */
export default class WidgetDemoController {
  async show(ctx: HttpContext) {
    const kommune = await portalPages.kommune(String(ctx.params.kommune))
    if (!kommune) return notFound(ctx)
    const html = await edge.render('demo/widget', {
      name: kommune.name,
      code: kommune.code,
      country: kommune.country,
      lang: kommune.locale === 'sv' ? 'sv' : 'da',
      snippet: `<script src="${appUrl}/widget.js" data-kommune="${kommune.code}" async></script>`,
    })
    ctx.response.header(
      'Content-Security-Policy',
      "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
    ctx.response.header('X-Content-Type-Options', 'nosniff')
    ctx.response.header('Content-Type', 'text/html; charset=utf-8')
    return ctx.response.send(html)
  }
}
