import { errors } from '@adonisjs/core'
import Guide from '#models/guide'
import type Kommune from '#models/kommune'

/**
 * The published national guide a kommune may supplement: same country,
 * kind guide, live. Anything else (an own article, a draft, another
 * country's text) is a 404.
 */
export async function supplementableGuide(kommune: Kommune, id: unknown) {
  const guideId = Number(id)
  const guide = Number.isInteger(guideId)
    ? await Guide.query()
        .withScopes((scopes) => scopes.national(kommune.country))
        .withScopes((scopes) => scopes.live())
        .where('kind', 'guide')
        .where('id', guideId)
        .first()
    : null
  if (!guide) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
  return guide
}
