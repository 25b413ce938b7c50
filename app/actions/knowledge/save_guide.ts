import type { DateTime } from 'luxon'
import type Guide from '#models/guide'
import ServiceArea from '#models/service_area'
import type { GuideContent } from '#knowledge/guide_content'
import { WorkflowError } from '#actions/knowledge/guide_workflow'

export type SaveGuideInput = {
  content: GuideContent
  reviewDueAt?: DateTime | null
  userId: number
}

/**
 * Saves the editor's working copy, which makes it a draft again: readers
 * keep seeing the published version until the draft is reviewed and
 * published, and a text under review goes back to draft because what was
 * reviewed is no longer what would be published.
 */
export default class SaveGuide {
  async handle(guide: Guide, input: SaveGuideInput) {
    if (guide.status === 'archived') throw new WorkflowError('Restore the guide before editing it')
    const area = input.content.serviceArea
      ? await ServiceArea.findBy('slug', input.content.serviceArea)
      : null
    if (input.content.serviceArea && !area) throw new WorkflowError('Unknown service area')
    guide.merge({
      content: input.content,
      serviceAreaId: area?.id ?? null,
      updatedBy: input.userId,
      status: 'draft',
    })
    if (input.reviewDueAt !== undefined) guide.reviewDueAt = input.reviewDueAt
    await guide.save()
  }
}
