import type { KitLocale, Translated } from './types.js'

export const KIT_LOCALES: readonly KitLocale[] = ['da', 'sv', 'en']

/**
 * The text in `locale`: the requested language, else English, else Danish,
 * else any; a plain string is the same in every language.
 */
export function localize(text: Translated | undefined | null, locale: string): string {
  if (text === undefined || text === null) return ''
  if (typeof text === 'string') return text
  const wanted = locale.split('-')[0]
  return text[wanted] ?? text.en ?? text.da ?? Object.values(text)[0] ?? ''
}

/** The locales a text is missing (all of them for a plain string). */
export function missingLocales(text: unknown): KitLocale[] {
  if (!text || typeof text !== 'object') return [...KIT_LOCALES]
  const record = text as Record<string, unknown>
  return KIT_LOCALES.filter(
    (locale) => typeof record[locale] !== 'string' || !(record[locale] as string).trim()
  )
}

/** Fills `{name}` placeholders (a plugin's messages are plain text, not ICU). */
export function fillPlaceholders(text: string, values: Record<string, unknown>) {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined || values[name] === null ? whole : String(values[name])
  )
}
