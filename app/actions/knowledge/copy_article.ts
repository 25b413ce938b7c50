import type Guide from '#models/guide'
import type Kommune from '#models/kommune'
import CreateGuide from '#actions/knowledge/create_guide'
import { publishedSnapshot } from '#knowledge/guide_owner'
import { localizeCopy, type CopyLocalization } from '#knowledge/localize_copy'

/**
 * Copies another kommune's published own article into our list as a draft.
 * The copy records its source and the version it was copied from, so it is
 * flagged when the source publishes a newer one. The source kommune's name
 * and web domain become ours (title, keywords, texts, links), its contact
 * becomes our general contact, and the caller gets what changed so the
 * admin is asked to read the copy through.
 */
export default class CopyArticle {
  async handle(
    kommune: Kommune,
    source: Guide,
    userId: number
  ): Promise<{ copy: Guide; changes: Omit<CopyLocalization, 'content'> }> {
    const snapshot = await publishedSnapshot(source)
    if (!snapshot) throw new Error('Only published articles can be copied')
    await source.load('kommune')
    const { content, count, fields } = localizeCopy(snapshot, source.kommune, kommune)
    const copy = await new CreateGuide().handle(
      { type: 'kommune', kommune },
      { title: content.title, kind: 'guide', userId }
    )
    const ours = kommune.settings.contact
    copy.merge({
      content: { ...content, contact: ours ? { ...ours, web: null } : null },
      serviceAreaId: source.serviceAreaId,
      copiedFromGuideId: source.id,
      copiedFromVersion: source.currentVersion,
      sourceChanged: false,
    })
    await copy.save()
    return { copy, changes: { count, fields } }
  }

  /** The copy's owner has looked at the source's change: base it on the current version. */
  async acknowledgeSource(copy: Guide, source: Guide) {
    copy.merge({ copiedFromVersion: source.currentVersion, sourceChanged: false })
    await copy.save()
  }
}
