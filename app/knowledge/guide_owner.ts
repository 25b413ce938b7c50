import { errors } from '@adonisjs/core'
import Guide from '#models/guide'
import GuideVersion from '#models/guide_version'
import type Kommune from '#models/kommune'

/**
 * Whose guides an editing surface works on: the national team's (of one
 * country) or one kommune's own articles. A guide outside the owner is a
 * 404 — editors cannot open own articles, kommuner cannot open each other's.
 */
export type GuideOwner =
  { type: 'national'; country: 'DK' | 'SE' } | { type: 'kommune'; kommune: Kommune }

export function ownedGuides(owner: GuideOwner) {
  const query = Guide.query()
  return owner.type === 'national'
    ? query.whereNull('kommune_id').where('country', owner.country)
    : query.forKommune(owner.kommune)
}

export async function findOwnedGuide(owner: GuideOwner, id: unknown) {
  const guideId = Number(id)
  const guide = Number.isInteger(guideId)
    ? await ownedGuides(owner).where('id', guideId).first()
    : null
  if (!guide) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
  return guide
}

export async function publishedSnapshot(guide: Guide) {
  if (guide.currentVersion === 0) return null
  const version = await GuideVersion.query()
    .where('guide_id', guide.id)
    .where('version', guide.currentVersion)
    .first()
  return version?.snapshot ?? null
}
