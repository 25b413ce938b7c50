import { inject } from '@adonisjs/core'
import type Kommune from '#models/kommune'
import SearchService from '#search/search_service'
import { portalView, type GuideLink } from '#portal/portal_view'

/**
 * Citizen search: the engine finds, the kommune's citizen view supplies
 * what is shown. The engine's snippets are cut from the whole guide,
 * staff briefing included, so they are never shown to citizens; the
 * citizen intro is.
 */
@inject()
export default class PortalSearch {
  constructor(private search: SearchService) {}

  async find(kommune: Kommune, q: string, limit = 20): Promise<GuideLink[]> {
    if (!q.trim()) return []
    const [view, result] = await Promise.all([
      portalView(kommune),
      this.search.search(
        { q, scope: { citizen: kommune.code }, limit },
        { kommuneId: kommune.id, audience: 'citizen' }
      ),
    ])
    return result.hits.flatMap((hit) => {
      const guide = view.guides.get(hit.slug)
      return guide ? [{ slug: guide.slug, title: guide.title, summary: guide.citizen.intro }] : []
    })
  }
}
