import logger from '@adonisjs/core/services/logger'
import { Job } from '#queue/job'
import type { CheckLinkOptions } from '#knowledge/link_checker'
import { checkStoredLinks, syncSelfServiceLinks } from '#knowledge/self_service_links'

/** National work: the registry spans every kommune's guides. */
export type CheckSelfServiceLinksPayload = { kommuneId: null }

/**
 * Brings the self-service link registry up to date with the guides, then
 * checks every URL in it and stores what each answered. Idempotent: a
 * second delivery just checks again.
 */
export default class CheckSelfServiceLinksJob extends Job<CheckSelfServiceLinksPayload> {
  static jobName = 'links.check'

  /** Dead links are results, not failures; a retry would only repeat a run that already stored them. */
  static retry = { attempts: 2 }

  /** The runner builds the job with no arguments (the real fetch); tests swap in a local one. */
  constructor(private options: CheckLinkOptions = {}) {
    super()
  }

  async handle(_payload: CheckSelfServiceLinksPayload) {
    const sync = await syncSelfServiceLinks()
    const checked = await checkStoredLinks({ ...this.options, concurrency: 4 })
    logger.info({ sync, checked }, 'self-service links checked')
  }
}
