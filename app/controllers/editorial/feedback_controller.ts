import type { HttpContext } from '@adonisjs/core/http'
import FeedbackInboxController from '#controllers/feedback/feedback_inbox_controller'

/** The national editors' inbox: remarks on the national text from every kommune. */
export default class FeedbackController extends FeedbackInboxController {
  protected page = 'editorial/feedback' as const

  protected inbox() {
    return { route: 'national' as const }
  }

  protected async authorize({ bouncer }: HttpContext) {
    await bouncer.with('NationalContentPolicy').authorize('edit')
  }
}
