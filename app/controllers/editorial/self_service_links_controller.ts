import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import Queue from '#queue/queue'
import CheckSelfServiceLinksJob from '#jobs/check_self_service_links_job'
import { listLinks } from '#knowledge/self_service_links'

/**
 * The self-service link registry for the national editors: which URLs the
 * guides point to, which are broken, and a button to check them all now.
 */
export default class SelfServiceLinksController {
  async index({ inertia, bouncer }: HttpContext) {
    await bouncer.with('NationalContentPolicy').authorize('edit')
    return inertia.render('editorial/links', { links: await listLinks() })
  }

  @inject()
  async check({ bouncer, session, response, i18n }: HttpContext, queue: Queue) {
    await bouncer.with('NationalContentPolicy').authorize('edit')
    // No dedupe id: a second check is harmless (results are overwritten), and a
    // time-window id silently dropped a deliberate re-check.
    await queue.dispatch(CheckSelfServiceLinksJob, { kommuneId: null })
    session.flash('success', i18n.t('links.check_started'))
    return response.redirect().back()
  }
}
