import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import Guide from '#models/guide'
import CopyArticle from '#actions/knowledge/copy_article'
import { mergedGuides } from '#knowledge/merged_guide_service'
import { containsPattern } from '#support/like_pattern'

/**
 * The library of other kommuner's published own articles (same country):
 * search, preview, copy into our list; and acknowledging a changed source.
 */
export default class LibraryController {
  async index({ inertia, kommune, bouncer, request }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const q = String(request.qs().q ?? '').trim()
    const query = this.#libraryQuery(kommune!.id, kommune!.country)
      .preload('kommune')
      .orderBy('title')
    if (q) query.where('title', 'like', containsPattern(q))
    const articles = await query
    const ourCopies = await Guide.query()
      .forKommune(kommune!)
      .whereNotNull('copied_from_guide_id')
      .select('copied_from_guide_id')
    const copied = new Set(ourCopies.map((copy) => copy.copiedFromGuideId))
    return inertia.render('admin/library', {
      q,
      articles: articles.map((article) => ({
        id: article.id,
        title: article.title,
        kommune: article.kommune.name,
        version: article.currentVersion,
        alreadyCopied: copied.has(article.id),
      })),
    })
  }

  async show({ inertia, kommune, bouncer, params }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const source = await this.#find(kommune!.id, kommune!.country, params.guide)
    return inertia.render('admin/library_show', {
      guide: await mergedGuides.findById(source.kommune, source.id, 'citizen'),
      kommuneName: source.kommune.name,
    })
  }

  async copy({ kommune, bouncer, params, auth, session, response, i18n }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const source = await this.#find(kommune!.id, kommune!.country, params.guide)
    const { copy, changes } = await new CopyArticle().handle(kommune!, source, auth.user!.id)
    session.flash('success', i18n.t('library.copied', { kommune: source.kommune.name }))
    // Read once by the editor it redirects to: "we changed Sorø to Slagelse here; read it through".
    session.flash('copyReview', { from: source.kommune.name, to: kommune!.name, ...changes })
    return response.redirect(`/admin/articles/${copy.id}/edit`)
  }

  /** Our copy's source changed; we looked and keep our text as it is. */
  async acknowledge({ kommune, bouncer, params, session, response, i18n }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const copy = await Guide.query()
      .forKommune(kommune!)
      .where('id', Number(params.guide) || 0)
      .whereNotNull('copied_from_guide_id')
      .preload('copiedFrom')
      .first()
    if (!copy?.copiedFrom) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    await new CopyArticle().acknowledgeSource(copy, copy.copiedFrom)
    session.flash('success', i18n.t('library.acknowledged'))
    return response.redirect().back()
  }

  #libraryQuery(ownKommuneId: number, country: string) {
    return Guide.query()
      .whereNotNull('kommune_id')
      .whereNot('kommune_id', ownKommuneId)
      .where('country', country)
      .withScopes((scopes) => scopes.live())
  }

  async #find(ownKommuneId: number, country: string, id: unknown) {
    const guide = await this.#libraryQuery(ownKommuneId, country)
      .where('id', Number(id) || 0)
      .preload('kommune')
      .first()
    if (!guide) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    return guide
  }
}
