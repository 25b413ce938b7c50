import type { HttpContext } from '@adonisjs/core/http'
import { portalPages } from '#portal/portal_pages'
import { notFound, sendPage } from '#portal/send_page'
import { areaPage, articlesPage, faqPage, guidePage, homePage } from '#portal/page_specs'
import { accessibilityPage } from '#portal/page_specs'

/**
 * The citizen pages under /k/:kommune, server-rendered and cached per
 * kommune and language (lean stack: no session, no cookies).
 */
export default class PagesController {
  async home(ctx: HttpContext) {
    return this.#send(ctx, 'home', homePage)
  }

  async area(ctx: HttpContext) {
    const slug = String(ctx.params.area)
    return this.#send(ctx, `area:${slug}`, (view, t) => areaPage(view, t, slug))
  }

  async guide(ctx: HttpContext) {
    const slug = String(ctx.params.slug)
    return this.#send(ctx, `guide:${slug}`, (view, t) => guidePage(view, t, slug))
  }

  async articles(ctx: HttpContext) {
    return this.#send(ctx, 'articles', articlesPage)
  }

  async faq(ctx: HttpContext) {
    return this.#send(ctx, 'faq', faqPage)
  }

  async accessibility(ctx: HttpContext) {
    return this.#send(ctx, 'accessibility', accessibilityPage)
  }

  async #send(ctx: HttpContext, key: string, spec: Parameters<typeof portalPages.page>[3]) {
    const kommune = await portalPages.kommune(String(ctx.params.kommune))
    if (!kommune) return notFound(ctx)
    const page = await portalPages.page(kommune, ctx.request.qs().lang, key, spec)
    return sendPage(ctx, page)
  }
}
