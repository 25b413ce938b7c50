import type { HttpContext } from '@adonisjs/core/http'
import type { I18n } from '@adonisjs/i18n'
import i18nManager from '@adonisjs/i18n/services/main'

/**
 * The language to answer a request in. The web stack has already chosen it
 * (`ctx.i18n`: the user's setting or the language cookie). Lean routes (the
 * public API, the chat API, webhooks) have no session or cookie: there the
 * caller says it, with `?lang=` (what the citizen pages use) or
 * Accept-Language (what the widget on a kommune's page sends), else Danish.
 */
export function requestI18n(ctx: HttpContext): I18n {
  const chosen = (ctx as Partial<HttpContext>).i18n
  if (chosen) return chosen
  const asked = ctx.request.qs().lang
  const candidates = [...(typeof asked === 'string' ? [asked] : []), ...ctx.request.languages()]
  const locale = i18nManager.getSupportedLocaleFor(candidates) ?? i18nManager.defaultLocale
  return i18nManager.locale(locale)
}

/** Validation messages in the request's language (`validator.shared.*` in the catalogues). */
export function requestMessages(ctx: HttpContext) {
  return requestI18n(ctx).createMessagesProvider()
}
