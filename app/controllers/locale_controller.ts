import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import { LOCALE_COOKIE } from '#middleware/detect_user_locale_middleware'

const localeValidator = vine.create({ locale: vine.enum(['da', 'en', 'sv']) })

/**
 * Saves the chosen UI language: on the user when signed in, else a cookie.
 */
export default class LocaleController {
  async update({ request, response, auth }: HttpContext) {
    const { locale } = await request.validateUsing(localeValidator)
    if (auth.user) {
      auth.user.locale = locale
      await auth.user.save()
    }
    response.plainCookie(LOCALE_COOKIE, locale, { maxAge: '1y', httpOnly: true })
    return response.redirect().back()
  }
}
