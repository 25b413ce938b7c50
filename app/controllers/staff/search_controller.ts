import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import SearchService from '#search/search_service'
import { staffSearchValidator } from '#validators/search_validator'

/**
 * Staff search: the own kommune by default, all kommuner on request (one
 * hit per guide, with the kommuner that have local text), with facets.
 */
export default class SearchController {
  @inject()
  async search({ request, kommune, bouncer }: HttpContext, service: SearchService) {
    await bouncer.with('KommunePolicy').authorize('support', kommune!)
    const input = await request.validateUsing(staffSearchValidator)
    const all = input.scope === 'all'
    return service.search(
      {
        q: input.q ?? '',
        scope: all ? { staff: 'all', distinctByGuide: true } : { staff: [kommune!.code] },
        limit: input.limit,
        offset: input.offset,
        filters: {
          serviceArea: input.area ? [input.area] : undefined,
          kind: input.kind ? [input.kind] : undefined,
        },
        facets: ['serviceArea', 'kind'],
        highlight: true,
      },
      { kommuneId: kommune!.id, audience: 'staff' }
    )
  }
}
