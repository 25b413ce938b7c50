import { computed } from 'vue'
import { usePage } from '@inertiajs/vue3'
import { IntlMessageFormat } from 'intl-messageformat'
import { mergeCatalogues, type MessageTree } from '@app/support/message_catalogue'

/**
 * The same message files as the server's @adonisjs/i18n (resources/lang),
 * formatted with the same ICU syntax, so a key means the same everywhere.
 */
export type Locale = 'da' | 'en' | 'sv'
export const LOCALES: Locale[] = ['da', 'en', 'sv']
export const LOCALE_NAMES: Record<Locale, string> = { da: 'Dansk', en: 'English', sv: 'Svenska' }

/** Every catalogue file, merged by the same rule as the server's loader (app/support/lang_loader.ts). */
const files = import.meta.glob<MessageTree>('../lang/**/*.json', { eager: true, import: 'default' })
const catalogues = mergeCatalogues(
  Object.fromEntries(
    Object.entries(files).map(([path, tree]) => [path.replace('../lang/', ''), tree])
  )
) as Record<Locale, Record<string, string>>
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
