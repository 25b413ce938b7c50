import type Guide from '#models/guide'
import type Kommune from '#models/kommune'
import CreateGuide from '#actions/knowledge/create_guide'
import { publishedSnapshot } from '#knowledge/guide_owner'

/**
 * Copies another kommune's published own article into our list as a draft.
 * The copy records its source and the version it was copied from, so it is
 * flagged when the source publishes a newer one.
 */
export default class CopyArticle {
  async handle(kommune: Kommune, source: Guide, userId: number) {
    const snapshot = await publishedSnapshot(source)
    if (!snapshot) throw new Error('Only published articles can be copied')
    const copy = await new CreateGuide().handle(
      { type: 'kommune', kommune },
      { title: snapshot.title, kind: 'guide', userId }
    )
    copy.merge({
      content: { ...snapshot, contact: null },
      serviceAreaId: source.serviceAreaId,
      copiedFromGuideId: source.id,
      copiedFromVersion: source.currentVersion,
      sourceChanged: false,
    })
    await copy.save()
    return copy
  }

  /** The copy's owner has looked at the source's change: base it on the current version. */
  async acknowledgeSource(copy: Guide, source: Guide) {
    copy.merge({ copiedFromVersion: source.currentVersion, sourceChanged: false })
    await copy.save()
  }
}
