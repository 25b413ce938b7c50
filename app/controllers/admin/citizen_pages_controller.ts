import type { HttpContext } from '@adonisjs/core/http'
import { errors as vineErrors } from '@vinejs/vine'
import SaveCitizenPages from '#actions/portal/save_citizen_pages'
import { DEFAULT_BRAND } from '#portal/brand_colour'
import { citizenPagesValidator } from '#validators/citizen_pages_validator'

/** The kommune admin's settings for its citizen pages and widget. */
export default class CitizenPagesController {
  async edit({ inertia, kommune, bouncer }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const settings = kommune!.settings
    return inertia.render('admin/citizen_pages', {
      slug: kommune!.slug,
      code: kommune!.code,
      defaultBrand: DEFAULT_BRAND,
      settings: {
        logoUrl: settings.logoUrl ?? null,
        brandColor: settings.brandColor ?? null,
        domain: settings.domain ?? null,
        siteOrigins: settings.siteOrigins ?? [],
      },
    })
  }

  async update({ request, kommune, bouncer, session, response, i18n }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const input = await request.validateUsing(citizenPagesValidator)
    try {
      await new SaveCitizenPages().handle(kommune!, input)
    } catch (error) {
      if (!(error instanceof vineErrors.E_VALIDATION_ERROR)) throw error
      session.flash('inputErrorsBag', { brandColor: [i18n.t('citizen_pages.low_contrast')] })
      return response.redirect().back()
    }
    session.flash('success', i18n.t('citizen_pages.saved'))
    return response.redirect('/admin/citizen-pages')
  }
}
