import type { HttpContext } from '@adonisjs/core/http'
import GuideEditingController from '#controllers/knowledge/guide_editing_controller'

/**
 * A kommune admin's own articles: the full three-level editor, scoped to
 * the active kommune.
 */
export default class ArticlesController extends GuideEditingController {
  protected basePath = '/admin/articles'

  protected owner(ctx: HttpContext) {
    return { type: 'kommune' as const, kommune: ctx.kommune! }
  }

  protected async authorize({ bouncer, kommune }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
  }

  protected async previewKommuner(ctx: HttpContext) {
    return [ctx.kommune!]
  }
}
