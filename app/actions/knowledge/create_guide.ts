import Guide from '#models/guide'
import { EMPTY_CONTENT, type GuideKind } from '#knowledge/guide_content'
import type { GuideOwner } from '#knowledge/guide_owner'
import { uniqueGuideSlug } from '#knowledge/slugify'

export type CreateGuideInput = { title: string; kind: GuideKind; userId: number }

/**
 * Starts a new draft for the national team or a kommune (an own article
 * gets the kommune's slug as prefix, like the corpus' own articles).
 */
export default class CreateGuide {
  async handle(owner: GuideOwner, input: CreateGuideInput) {
    const national = owner.type === 'national'
    const country = national ? owner.country : owner.kommune.country
    const slugBase = national ? input.title : `${owner.kommune.slug} ${input.title}`
    return Guide.create({
      kommuneId: national ? null : owner.kommune.id,
      country,
      slug: await uniqueGuideSlug(slugBase),
      kind: national ? input.kind : 'guide',
      lang: country === 'SE' ? 'sv' : 'da',
      content: { ...EMPTY_CONTENT, title: input.title },
      updatedBy: input.userId,
      status: 'draft',
    })
  }
}
