import type { HttpContext } from '@adonisjs/core/http'
import { editorialQueue } from '#services/editorial_queue'

/**
 * The national editors' start page: a work queue (drafts, texts to approve,
 * own texts waiting for a second editor, feedback, broken links, misses).
 */
export default class StartController {
  async render({ inertia, bouncer, auth }: HttpContext) {
    await bouncer.with('NationalContentPolicy').authorize('edit')
    return inertia.render('editorial/start', { queue: await editorialQueue(auth.user!.id) })
  }
}
