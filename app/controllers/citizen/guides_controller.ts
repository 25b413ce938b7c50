import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import { LOCALE_COOKIE } from '#middleware/detect_user_locale_middleware'
import { mergedGuides } from '#knowledge/merged_guide_service'
import { toKommuneDto } from '#transformers/account_dto'

/**
 * Public pages for a kommune's citizens: what the kommune offers them, and
 * one guide as the kommune shows it (the page links in e-mails and SMS open).
 * Only published content of served areas; nothing staff-only.
 */
export default class GuidesController {
  async index(ctx: HttpContext) {
    this.#speakKommuneLanguage(ctx)
    const guides = await mergedGuides.list(ctx.kommune!, 'citizen')
    return ctx.inertia.render('citizen/index', {
      kommune: toKommuneDto(ctx.kommune!),
      guides: guides.map((guide) => ({
        slug: guide.slug,
        title: guide.content.title,
        kind: guide.kind,
        area: guide.serviceArea?.name ?? null,
      })),
    })
  }

  async show(ctx: HttpContext) {
    this.#speakKommuneLanguage(ctx)
    const guide = await mergedGuides.find(ctx.kommune!, String(ctx.params.slug), 'citizen')
    if (!guide) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    return ctx.inertia.render('citizen/guide', {
      kommune: toKommuneDto(ctx.kommune!),
      guide: {
        ...guide,
        staffScript: null,
        local: guide.local ? { ...guide.local, needsReview: false } : null,
      },
    })
  }

  /** A Swedish kommune's citizens get Swedish unless they chose otherwise. */
  #speakKommuneLanguage(ctx: HttpContext) {
    if (ctx.request.plainCookie(LOCALE_COOKIE) || ctx.auth.user?.locale) return
    ctx.i18n.switchLocale(ctx.kommune!.locale)
    if ('view' in ctx) ctx.view.share({ lang: ctx.i18n.locale })
  }
}
