import { I18n } from '@adonisjs/i18n'
import i18nManager from '@adonisjs/i18n/services/main'
import type { NextFn } from '@adonisjs/core/types/http'
import type { HttpContext } from '@adonisjs/core/http'

export const LOCALE_COOKIE = 'vejviser-locale'

/**
 * Picks the UI language: the user's saved choice, then the language cookie
 * (anonymous visitors), then Danish. Accept-Language is ignored on purpose:
 * staff at a Danish kommune often run English-language browsers and must
 * still get the Danish product unless they choose otherwise. (Validation
 * messages follow this choice: start/validation.ts.)
 */
export default class DetectUserLocaleMiddleware {
  protected getRequestLocale(ctx: HttpContext) {
    const chosen = ctx.auth?.user?.locale ?? ctx.request.plainCookie(LOCALE_COOKIE)
    return chosen ? i18nManager.getSupportedLocaleFor([chosen]) : null
  }

  async handle(ctx: HttpContext, next: NextFn) {
    ctx.i18n = i18nManager.locale(this.getRequestLocale(ctx) || i18nManager.defaultLocale)
    ctx.containerResolver.bindValue(I18n, ctx.i18n)
    if ('view' in ctx) ctx.view.share({ lang: ctx.i18n.locale })
    return next()
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    i18n: I18n
  }
}
