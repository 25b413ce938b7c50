import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import RegisterInquiry from '#actions/support/register_inquiry'
import { inquiryValidator } from '#validators/inquiry_validator'

/**
 * Registers the inquiry the staff member just handled (one click, from the
 * guide page or the look-up page).
 */
export default class InquiriesController {
  @inject()
  async store(
    { request, kommune, bouncer, auth, session, response, i18n }: HttpContext,
    register: RegisterInquiry
  ) {
    await bouncer.with('KommunePolicy').authorize('support', kommune!)
    const input = await request.validateUsing(inquiryValidator, {
      meta: { kommuneId: kommune!.id },
    })
    const inquiry = await register.handle(kommune!, auth.user!.id, input)
    if (!inquiry) return response.notFound({ errors: [{ message: 'Not found' }] })
    session.flash(
      'success',
      i18n.t('support.inquiry_saved', {
        minutes: Math.max(1, Math.round(inquiry.handleSeconds / 60)),
      })
    )
    return response.redirect('/staff')
  }
}
