import db from '@adonisjs/lucid/services/db'
import Guide from '#models/guide'
import PublishGuide from '#actions/knowledge/publish_guide'
import type { GuideContent } from '#knowledge/guide_content'

export function guideBySlug(slug: string) {
  return Guide.findByOrFail('slug', slug)
}

/** Edits a guide's working copy and publishes it, as an editor would. */
export async function editAndPublish(
  slug: string,
  change: (content: GuideContent) => GuideContent
) {
  const guide = await guideBySlug(slug)
  return db.transaction(async (trx) => {
    guide.useTransaction(trx)
    guide.content = change(structuredClone(guide.content))
    await guide.save()
    return new PublishGuide().handle(guide, { userId: null, changeNote: 'test' }, trx)
  })
}
