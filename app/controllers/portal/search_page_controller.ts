import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { portalPages } from '#portal/portal_pages'
import { portalView } from '#portal/portal_view'
import { portalLang, translator } from '#portal/portal_locale'
import { notFound, sendPage } from '#portal/send_page'
import PortalSearch from '#portal/portal_search'
import { portalSearchValidator } from '#validators/portal_validator'

/** The search results page; a plain GET form, so it works without JavaScript. */
export default class SearchPageController {
  @inject()
  async show(ctx: HttpContext, search: PortalSearch) {
    const kommune = await portalPages.kommune(String(ctx.params.kommune))
    if (!kommune) return notFound(ctx)
    const { q = '', lang: requested } = await portalSearchValidator.validate(ctx.request.qs())
    const view = await portalView(kommune)
    const lang = portalLang(view.kommune, requested)
    const t = translator(lang)
    const results = await search.find(kommune, q)
    const page = await portalPages.render(view, lang, {
      template: 'search',
      title: `${t('search_title')} – ${view.kommune.name}`,
      description: t('search_label'),
      path: '/soeg',
      state: { q, results },
    })
    // Results follow the search index, not the page cache: keep them private and short.
    return sendPage(ctx, page, { maxAge: 0 })
  }
}
