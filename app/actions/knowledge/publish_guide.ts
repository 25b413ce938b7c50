import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Guide from '#models/guide'
import GuideVersion from '#models/guide_version'
import LocalSupplement from '#models/local_supplement'
import { crossKommune } from '#tenancy/cross_kommune'

export type PublishOptions = {
  userId: number | null
  changeNote?: string | null
}

/**
 * Publishes a guide's working copy as its next numbered version, inside the
 * caller's transaction. Everything built on an older version is flagged:
 * local supplements of a national guide become *needs review*, and copies
 * of the guide are marked *source changed*.
 */
export default class PublishGuide {
  async handle(guide: Guide, options: PublishOptions, trx: TransactionClientContract) {
    const version = guide.currentVersion + 1
    await GuideVersion.create(
      {
        guideId: guide.id,
        version,
        snapshot: guide.content,
        changeNote: options.changeNote ?? null,
        publishedBy: options.userId,
        publishedAt: DateTime.utc(),
      },
      { client: trx }
    )
    guide.useTransaction(trx)
    guide.merge({ currentVersion: version, status: 'published' })
    await guide.save()

    const flaggedSupplements = guide.isNational
      ? await crossKommune("a national version flags every kommune's supplement to it", () =>
          LocalSupplement.query({ client: trx })
            .where('guide_id', guide.id)
            .where('based_on_version', '<', version)
            .where('needs_review', 0)
            .update({ needs_review: 1 })
        )
      : [0]
    const flaggedCopies = await Guide.query({ client: trx })
      .where('copied_from_guide_id', guide.id)
      .where('copied_from_version', '<', version)
      .update({ source_changed: 1 })
    return {
      version,
      flaggedSupplements: count(flaggedSupplements),
      flaggedCopies: count(flaggedCopies),
    }
  }
}

/** Knex returns the affected-row count as a number or a one-element array. */
function count(result: unknown) {
  return Number(Array.isArray(result) ? result[0] : result)
}
