import i18nManager from '@adonisjs/i18n/services/main'

type Values = Record<string, string | number>

/**
 * A channel:add / channel:remove message in Danish, then English: the
 * person at the console may be a Danish operator or a partner's developer.
 */
export function bilingual(key: string, values: Values = {}) {
  return ['da', 'en'].map((locale) => i18nManager.locale(locale).t(key, values)).join('\n  ')
}

/** `wrapper` (refused, remove_refused) around the reason `code`, each in its language. */
export function bilingualRefusal(wrapper: string, code: string, values: Values) {
  return ['da', 'en']
    .map((locale) => {
      const i18n = i18nManager.locale(locale)
      const reason = i18n.t(`channel_add.reason.${code}`, values)
      return i18n.t(`channel_add.${wrapper}`, { reason })
    })
    .join('\n  ')
}
