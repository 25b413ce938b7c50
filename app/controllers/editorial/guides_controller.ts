import type { HttpContext } from '@adonisjs/core/http'
import Kommune from '#models/kommune'
import GuideEditingController from '#controllers/knowledge/guide_editing_controller'

/**
 * The national editors' guides and technical FAQ (Danish national content;
 * a Swedish national team would get its own owner).
 */
export default class GuidesController extends GuideEditingController {
  protected basePath = '/editorial/guides'

  protected owner() {
    return { type: 'national' as const, country: 'DK' as const }
  }

  protected async authorize({ bouncer }: HttpContext) {
    await bouncer.with('NationalContentPolicy').authorize('edit')
  }

  protected previewKommuner() {
    return Kommune.query().where('country', 'DK').orderBy('name')
  }
}
