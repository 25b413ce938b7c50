import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import { kommuneByCode } from '#services/kommune_lookup'
import { appUrl } from '#config/app'
import SearchService from '#search/search_service'
import { toPublicFacets, toPublicHit, withCitizenSnippet } from '#transformers/public_search_dto'
import { portalView } from '#portal/portal_view'
import { publicSearchValidator, searchMissValidator } from '#validators/search_validator'

/**
 * The public search API for a kommune's citizens (the widget on the
 * kommune's own site). Lean stack: no session, no cookies.
 */
export default class PublicSearchController {
  @inject()
  async search({ params, request, response }: HttpContext, service: SearchService) {
    const kommune = await this.#kommune(params.code)
    const input = await request.validateUsing(publicSearchValidator)
    const result = await service.search(
      {
        q: input.q ?? '',
        scope: { citizen: kommune.code },
        limit: input.limit,
        offset: input.offset,
        filters: {
          serviceArea: input.area ? [input.area] : undefined,
          kind: input.kind ? [input.kind] : undefined,
        },
        facets: ['serviceArea', 'kind'],
        highlight: true,
      },
      { kommuneId: kommune.id, audience: 'citizen' }
    )
    response.header('Cache-Control', 'public, max-age=30')
    const view = await portalView(kommune)
    return {
      hits: result.hits.map((hit) =>
        toPublicHit(
          withCitizenSnippet(hit, view.guides.get(hit.slug)?.citizen.intro),
          `${appUrl}/k/${kommune.slug}/vejledning/${hit.slug}`
        )
      ),
      total: result.total,
      facets: toPublicFacets(result.facets),
    }
  }

  /** The widget reports a search whose results the citizen did not open. */
  @inject()
  async miss({ params, request, response }: HttpContext, service: SearchService) {
    const kommune = await this.#kommune(params.code)
    const { q, hits } = await request.validateUsing(searchMissValidator)
    await service.recordMiss(
      q,
      { kommuneId: kommune.id, audience: 'citizen' },
      hits === 0 ? 'zero' : 'no_click',
      hits
    )
    return response.noContent()
  }

  async #kommune(code: unknown) {
    const kommune = await kommuneByCode(String(code))
    if (!kommune) throw new errors.E_HTTP_EXCEPTION('Unknown kommune', { status: 404 })
    return kommune
  }
}
