import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
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
 * admin is asked to read the copy through. The draft and its content are
 * one transaction: a failure leaves no empty half-copy in the list.
 */
@inject()
export default class CopyArticle {
  constructor(private createGuide: CreateGuide) {}

  async handle(
    kommune: Kommune,
    source: Guide,
    userId: number
  ): Promise<{ copy: Guide; changes: Omit<CopyLocalization, 'content'> }> {
    const snapshot = await publishedSnapshot(source)
    if (!snapshot) throw new Error('Only published articles can be copied')
    await source.load('kommune')
    const { content, count, fields } = localizeCopy(snapshot, source.kommune, kommune)
    const ours = kommune.settings.contact
    const copy = await db.transaction(async (trx) => {
      const draft = await this.createGuide.handle(
        { type: 'kommune', kommune },
        { title: content.title, kind: 'guide', userId },
        trx
      )
      draft.merge({
        content: { ...content, contact: ours ? { ...ours, web: null } : null },
        serviceAreaId: source.serviceAreaId,
        copiedFromGuideId: source.id,
        copiedFromVersion: source.currentVersion,
        sourceChanged: false,
      })
      return draft.save()
    })
    return { copy, changes: { count, fields } }
  }

  /** The copy's owner has looked at the source's change: base it on the current version. */
  async acknowledgeSource(copy: Guide, source: Guide) {
    copy.merge({ copiedFromVersion: source.currentVersion, sourceChanged: false })
    await copy.save()
  }
}
