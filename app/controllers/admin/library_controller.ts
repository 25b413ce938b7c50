import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import CopyArticle from '#actions/knowledge/copy_article'
import ArticleLibrary from '#knowledge/article_library'
import { mergedGuides } from '#knowledge/merged_guide_service'

function notFound() {
  return new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
}

/**
 * The library of other kommuner's published own articles (same country):
 * search, preview, copy into our list; and acknowledging a changed source.
 */
@inject()
export default class LibraryController {
  constructor(private library: ArticleLibrary) {}

  async index({ inertia, kommune, bouncer, request }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const q = String(request.qs().q ?? '').trim()
    return inertia.render('admin/library', { q, articles: await this.library.list(kommune!, q) })
  }

  async show({ inertia, kommune, bouncer, params }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const source = await this.library.find(kommune!, Number(params.guide) || 0)
    if (!source) throw notFound()
    return inertia.render('admin/library_show', {
      guide: await mergedGuides.findById(source.kommune, source.id, 'citizen'),
      kommuneName: source.kommune.name,
    })
  }

  @inject()
  async copy(
    { kommune, bouncer, params, auth, session, response, i18n }: HttpContext,
    copyArticle: CopyArticle
  ) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const source = await this.library.find(kommune!, Number(params.guide) || 0)
    if (!source) throw notFound()
    const { copy, changes } = await copyArticle.handle(kommune!, source, auth.user!.id)
    session.flash('success', i18n.t('library.copied', { kommune: source.kommune.name }))
    // Read once by the editor it redirects to: "we changed Sorø to Slagelse here; read it through".
    session.flash('copyReview', { from: source.kommune.name, to: kommune!.name, ...changes })
    return response.redirect(`/admin/articles/${copy.id}/edit`)
  }

  /** Our copy's source changed; we looked and keep our text as it is. */
  @inject()
  async acknowledge(
    { kommune, bouncer, params, session, response, i18n }: HttpContext,
    copyArticle: CopyArticle
  ) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const copy = await this.library.ourCopy(kommune!, Number(params.guide) || 0)
    if (!copy) throw notFound()
    await copyArticle.acknowledgeSource(copy, copy.copiedFrom)
    session.flash('success', i18n.t('library.acknowledged'))
    return response.redirect().back()
  }
}
