import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Guide from '#models/guide'
import { maskCpr } from '#support/mask_cpr'
import { EMPTY_CONTENT, type GuideKind } from '#knowledge/guide_content'
import type { GuideOwner } from '#knowledge/guide_owner'
import { uniqueGuideSlug } from '#knowledge/slugify'

export type CreateGuideInput = { title: string; kind: GuideKind; userId: number }

/**
 * Starts a new draft for the national team or a kommune (an own article
 * gets the kommune's slug as prefix, like the corpus' own articles).
 */
export default class CreateGuide {
  /** `trx`: when the draft is one write of several that stand or fall together (a copy). */
  async handle(owner: GuideOwner, input: CreateGuideInput, trx?: TransactionClientContract) {
    const national = owner.type === 'national'
    // The slug is made from the title, so it is masked before anything else sees it.
    const title = maskCpr(input.title)
    const country = national ? owner.country : owner.kommune.country
    const slugBase = national ? title : `${owner.kommune.slug} ${title}`
    return Guide.create(
      {
        kommuneId: national ? null : owner.kommune.id,
        country,
        slug: await uniqueGuideSlug(slugBase),
        kind: national ? input.kind : 'guide',
        lang: country === 'SE' ? 'sv' : 'da',
        content: { ...EMPTY_CONTENT, title },
        updatedBy: input.userId,
        status: 'draft',
      },
      { client: trx }
    )
  }
}
