import type { HttpContext } from '@adonisjs/core/http'
import FeedbackInboxController from '#controllers/feedback/feedback_inbox_controller'

/**
 * A kommune admin's inbox: remarks on the kommune's local supplements and
 * own articles, from its own staff only.
 */
export default class FeedbackController extends FeedbackInboxController {
  protected page = 'admin/feedback' as const

  protected inbox({ kommune }: HttpContext) {
    return { route: 'local' as const, kommuneId: kommune!.id }
  }

  protected async authorize({ bouncer, kommune }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
  }
}
