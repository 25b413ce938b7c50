import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import Feedback from '#models/feedback'
import AnswerFeedback, { FeedbackTransitionError } from '#actions/feedback/answer_feedback'
import ListFeedbackInbox, {
  parseFeedbackFilters,
  type FeedbackInbox,
} from '#actions/feedback/list_feedback_inbox'
import { answerFeedbackValidator } from '#validators/feedback_validator'
import { toKommuneDto } from '#transformers/account_dto'
import { crossKommune } from '#tenancy/cross_kommune'

/**
 * An inbox of staff feedback, shared by the national editors and kommune
 * admins. Subclasses say whose inbox it is, who may open it and which page
 * renders it; a row outside the inbox answers 404 on update.
 */
export default abstract class FeedbackInboxController {
  protected abstract page: 'editorial/feedback' | 'admin/feedback'
  protected abstract inbox(ctx: HttpContext): FeedbackInbox
  protected abstract authorize(ctx: HttpContext): Promise<void>

  async index(ctx: HttpContext) {
    await this.authorize(ctx)
    const qs = ctx.request.qs()
    const filters = parseFeedbackFilters(qs)
    const page = Number.parseInt(String(qs.page ?? '1'), 10) || 1
    const result = await new ListFeedbackInbox().handle(this.inbox(ctx), filters, page)
    return ctx.inertia.render(this.page, {
      ...result,
      filters,
      kommune: ctx.kommune ? toKommuneDto(ctx.kommune) : null,
    })
  }

  async update(ctx: HttpContext) {
    await this.authorize(ctx)
    // Find before validating: another inbox's id is a 404 whatever the body says.
    const feedback = await this.#find(ctx)
    const { status, reply } = await ctx.request.validateUsing(answerFeedbackValidator)
    try {
      await new AnswerFeedback().handle(feedback, { status, reply, user: ctx.auth.user! })
    } catch (error) {
      if (!(error instanceof FeedbackTransitionError)) throw error
      const message = ctx.i18n.t('feedback.invalid_transition', {
        from: ctx.i18n.t(`feedback.statuses.${feedback.status}`),
        to: ctx.i18n.t(`feedback.statuses.${status}`),
      })
      // The same bag VineJS uses, so the form shows it under the status select.
      ctx.session.flash('inputErrorsBag', { status: [message] })
      ctx.session.flash('error', message)
      return ctx.response.redirect().back()
    }
    ctx.session.flash('success', ctx.i18n.t('feedback.answered'))
    return ctx.response.redirect().back()
  }

  async #find(ctx: HttpContext) {
    const inbox = this.inbox(ctx)
    const query = Feedback.query().where('id', ctx.params.feedback).where('route', inbox.route)
    if (inbox.route === 'local') query.forKommune(inbox.kommuneId)
    const feedback = await (inbox.route === 'local'
      ? query.first()
      : crossKommune("a national remark is the editors' whichever kommune sent it", () =>
          query.first()
        ))
    if (!feedback) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    return feedback
  }
}
