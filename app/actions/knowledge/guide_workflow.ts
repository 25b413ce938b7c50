import db from '@adonisjs/lucid/services/db'
import { Exception } from '@adonisjs/core/exceptions'
import type Guide from '#models/guide'
import PublishGuide from '#actions/knowledge/publish_guide'
import type { GuideStatus } from '#knowledge/guide_content'
import editorialConfig from '#config/editorial'

/** A workflow step that is not allowed from the guide's current status. */
export class WorkflowError extends Exception {
  static status = 422
  static code = 'E_GUIDE_WORKFLOW'
}

/** Two pairs of eyes: the author (submitter or last saver) may not approve their own text. */
export class OwnApprovalError extends WorkflowError {
  static status = 403
  static code = 'E_OWN_APPROVAL'
}

/**
 * The editorial workflow: draft → review → published → archived (and back
 * to draft by editing or restoring). Publishing is only possible from
 * review; with the second-approver setting (on by default) a national
 * guide is published by another editor than its author.
 */
export default class GuideWorkflow {
  async submit(guide: Guide, userId: number | null = null) {
    this.#require(guide, ['draft'], 'submit')
    guide.status = 'review'
    guide.submittedBy = userId
    await guide.save()
  }

  /** Whether `userId` may approve (publish) the guide under review. */
  mayApprove(guide: Guide, userId: number) {
    if (!editorialConfig.secondApprover || !guide.isNational) return true
    return userId !== guide.submittedBy && userId !== guide.updatedBy
  }

  async publish(guide: Guide, userId: number, changeNote: string | null) {
    this.#require(guide, ['review'], 'publish')
    if (!this.mayApprove(guide, userId)) {
      throw new OwnApprovalError('Another editor must approve a guide you wrote or submitted')
    }
    return db.transaction((trx) => new PublishGuide().handle(guide, { userId, changeNote }, trx))
  }

  /** Sends a text under review back to its author without publishing it. */
  async reject(guide: Guide) {
    this.#require(guide, ['review'], 'reject')
    guide.status = 'draft'
    await guide.save()
  }

  async archive(guide: Guide) {
    this.#require(guide, ['draft', 'review', 'published'], 'archive')
    guide.status = 'archived'
    await guide.save()
  }

  async restore(guide: Guide) {
    this.#require(guide, ['archived'], 'restore')
    guide.status = guide.currentVersion > 0 ? 'published' : 'draft'
    await guide.save()
  }

  #require(guide: Guide, allowed: GuideStatus[], step: string) {
    if (!allowed.includes(guide.status)) {
      throw new WorkflowError(`Cannot ${step} a guide that is ${guide.status}`)
    }
  }
}
