import i18nManager from '@adonisjs/i18n/services/main'
import type { PortalKommune } from '#portal/portal_kommune'

export type PortalLang = 'da' | 'en' | 'sv'
const LANGS: PortalLang[] = ['da', 'en', 'sv']

/**
 * Citizen pages take their language from the URL (`?lang=en`), not a
 * cookie, so every page is one cacheable URL per language. Danish by
 * default, Swedish for Swedish kommuner.
 */
export function portalLang(kommune: PortalKommune, requested: unknown): PortalLang {
  return LANGS.includes(requested as PortalLang) ? (requested as PortalLang) : kommune.locale
}

/** The languages a kommune's pages offer: its own and English. */
export function portalLangs(kommune: PortalKommune): PortalLang[] {
  return kommune.locale === 'sv' ? ['sv', 'en'] : ['da', 'en']
}

/** A path with `?lang=` added when the language is not the kommune's default. */
export function withLang(path: string, lang: PortalLang, kommune: PortalKommune) {
  if (lang === kommune.locale) return path
  return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`
}

export function translator(lang: PortalLang) {
  const i18n = i18nManager.locale(lang)
  return (key: string, data?: Record<string, unknown>) => i18n.t(`portal.${key}`, data as any)
}
