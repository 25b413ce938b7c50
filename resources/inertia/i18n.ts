import { computed } from 'vue'
import { usePage } from '@inertiajs/vue3'
import { IntlMessageFormat } from 'intl-messageformat'
import da from '@lang/da.json'
import en from '@lang/en.json'
import sv from '@lang/sv.json'

/**
 * The same message files as the server's @adonisjs/i18n (resources/lang),
 * formatted with the same ICU syntax, so a key means the same everywhere.
 */
export type Locale = 'da' | 'en' | 'sv'
export const LOCALES: Locale[] = ['da', 'en', 'sv']
export const LOCALE_NAMES: Record<Locale, string> = { da: 'Dansk', en: 'English', sv: 'Svenska' }

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = '', into: Record<string, string> = {}) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') into[path] = value
    else flatten(value, path, into)
  }
  return into
}

const catalogues: Record<Locale, Record<string, string>> = {
  da: flatten(da),
  en: flatten(en),
  sv: flatten(sv),
}
const cache = new Map<string, IntlMessageFormat>()

/** Translates `key` in `locale`, falling back to Danish, then to the key. */
export function translate(locale: Locale, key: string, values?: Record<string, unknown>) {
  const message = catalogues[locale]?.[key] ?? catalogues.da[key]
  if (message === undefined) return key
  const cacheKey = `${locale}:${key}`
  let formatter = cache.get(cacheKey)
  if (!formatter) {
    formatter = new IntlMessageFormat(message, locale)
    cache.set(cacheKey, formatter)
  }
  return String(formatter.format(values as Record<string, string>))
}

/** `const { t, locale } = useI18n()` in any component. */
export function useI18n() {
  const page = usePage()
  const locale = computed(() => (page.props.locale as Locale | undefined) ?? 'da')
  return {
    locale,
    t: (key: string, values?: Record<string, unknown>) => translate(locale.value, key, values),
  }
}
