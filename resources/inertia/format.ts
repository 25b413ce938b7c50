import { usePage } from '@inertiajs/vue3'

/**
 * The one place pages format dates, times, numbers and money: in the UI
 * language's conventions (Danish "23. november 2026", Swedish "23 november
 * 2026", English "23 November 2026"). Times are shown in the kommune's own
 * time zone. Money stays Danish kroner whatever the language; only how the
 * amount is written follows the language ("1.234,50 kr." / "1 234,50 DKK").
 */
export type UiLocale = 'da' | 'sv' | 'en'

/** BCP 47 tags of the UI languages: English is British (day before month, 24-hour clock). */
export const INTL_LOCALES: Record<UiLocale, string> = { da: 'da-DK', sv: 'sv-SE', en: 'en-GB' }

/** The current UI language's tag (works in and outside components: usePage is module-level). */
export function intlLocale(locale?: UiLocale) {
  const current = locale ?? (usePage().props.locale as UiLocale | undefined) ?? 'da'
  return INTL_LOCALES[current] ?? INTL_LOCALES.da
}

const DEFAULT_ZONE = 'Europe/Copenhagen'

export function formatDate(iso: string, timeZone = DEFAULT_ZONE, locale?: UiLocale) {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone }).format(
    new Date(iso)
  )
}

export function formatDateTime(iso: string, timeZone = DEFAULT_ZONE, locale?: UiLocale) {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone,
  }).format(new Date(iso))
}

/** Date and time to the minute ("23.11.2026 14.05"), for lists and queues. */
export function formatShortDateTime(iso: string, timeZone = DEFAULT_ZONE, locale?: UiLocale) {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso))
}

/** Time of day only ("14.05" in Danish, "14:05" in Swedish and English). */
export function formatTime(iso: string, timeZone = DEFAULT_ZONE, locale?: UiLocale) {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: 'short', timeZone }).format(
    new Date(iso)
  )
}

export function formatNumber(value: number, fractionDigits = 0, locale?: UiLocale) {
  return new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value)
}

/** An amount of money; Danish kroner unless told otherwise (a Swedish kommune's kronor). */
export function formatMoney(value: number, currency = 'DKK', locale?: UiLocale) {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency }).format(value)
}

export function formatKroner(value: number, locale?: UiLocale) {
  return formatMoney(value, 'DKK', locale)
}
