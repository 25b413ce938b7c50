import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import Feedback from '#models/feedback'
import SubmitFeedback from '#actions/feedback/submit_feedback'
import { mergedGuides } from '#knowledge/merged_guide_service'
import { toFeedbackDto } from '#transformers/feedback_dto'
import { toKommuneDto } from '#transformers/account_dto'
import { submitFeedbackValidator } from '#validators/feedback_validator'

/** How many of their own remarks a staff member sees, newest first. */
const MY_FEEDBACK_LIMIT = 100

/**
 * Staff send feedback on a guide section and follow what became of it.
 */
export default class FeedbackController {
  @inject()
  async store(ctx: HttpContext, submit: SubmitFeedback) {
    const { bouncer, request, session, response, i18n, params, auth } = ctx
    const kommune = ctx.kommune!
    await bouncer.with('KommunePolicy').authorize('support', kommune)
    // A guide the kommune cannot read is a 404 before any validation error.
    await submit.visibleGuide(kommune, params.guide)
    const data = await request.validateUsing(submitFeedbackValidator)
    await submit.handle({
      ...data,
      kommune,
      user: auth.user!,
      guideId: params.guide,
      ip: request.ip(),
    })
    session.flash('success', i18n.t('feedback.submitted'))
    return response.redirect().back()
  }

  async index({ bouncer, inertia, auth, kommune }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('support', kommune!)
    const [rows, guides] = await Promise.all([
      Feedback.query()
        .forKommune(kommune!)
        .where('user_id', auth.user!.id)
        .preload('guide')
        .preload('kommune')
        .preload('user')
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(MY_FEEDBACK_LIMIT),
      // Until the support view offers feedback on each section, staff pick the guide here.
      mergedGuides.list(kommune!, 'staff'),
    ])
    return inertia.render('staff/feedback', {
      kommune: toKommuneDto(kommune!),
      items: rows.map(toFeedbackDto),
      limit: MY_FEEDBACK_LIMIT,
      guides: guides.map((guide) => ({ id: guide.id, title: guide.content.title })),
    })
  }
}
