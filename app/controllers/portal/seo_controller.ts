import type { HttpContext } from '@adonisjs/core/http'
import { portalPages } from '#portal/portal_pages'
import { notFound, sendPage } from '#portal/send_page'
import { robots, sitemap, theme } from '#portal/seo_files'

/** sitemap.xml, robots.txt and the colour stylesheet of a kommune's pages. */
export default class SeoController {
  async sitemap(ctx: HttpContext) {
    return this.#send(ctx, 'application/xml; charset=utf-8', sitemap)
  }

  async robots(ctx: HttpContext) {
    return this.#send(ctx, 'text/plain; charset=utf-8', async (kommune) => robots(kommune))
  }

  async theme(ctx: HttpContext) {
    return this.#send(ctx, 'text/css; charset=utf-8', theme)
  }

  async #send(
    ctx: HttpContext,
    type: string,
    build: (kommune: NonNullable<Awaited<ReturnType<typeof portalPages.kommune>>>) => Promise<any>
  ) {
    const kommune = await portalPages.kommune(String(ctx.params.kommune))
    if (!kommune) return notFound(ctx)
    const file = await build(kommune)
    return sendPage(ctx, file, { maxAge: 300, type })
  }
}
