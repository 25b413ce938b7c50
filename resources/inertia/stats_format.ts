import { useI18n, type Locale } from '~/i18n'

/**
 * Numbers, shares, durations, money and dates for the statistics pages in
 * the reader's UI language (da/sv/en), unlike ~/format which is Danish
 * always. Money stays kroner (DKK) whatever the language: it is a Danish
 * kommune's budget. Null reads "–": not measurable, which is not zero.
 */
const INTL: Record<Locale, string> = { da: 'da-DK', sv: 'sv-SE', en: 'en-GB' }
export const MISSING = '–'

export function statsFormat(locale: Locale) {
  const tag = INTL[locale] ?? 'da-DK'
  const number = (value: number | null, digits = 0) =>
    value === null
      ? MISSING
      : new Intl.NumberFormat(tag, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(value)
  return {
    tag,
    number,
    percent: (value: number | null, digits = 1) =>
      value === null
        ? MISSING
        : new Intl.NumberFormat(tag, {
            style: 'percent',
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }).format(value),
    kroner: (value: number | null, digits = 2) =>
      value === null
        ? MISSING
        : new Intl.NumberFormat(tag, {
            style: 'currency',
            currency: 'DKK',
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }).format(value),
    /** Seconds as "1 min 30 s" style, via Intl units. */
    duration: (seconds: number | null) => {
      if (seconds === null) return MISSING
      const unit = (value: number, name: 'second' | 'minute' | 'hour') =>
        new Intl.NumberFormat(tag, {
          style: 'unit',
          unit: name,
          unitDisplay: 'short',
          maximumFractionDigits: name === 'second' ? 0 : 1,
        }).format(value)
      if (seconds < 120) return unit(seconds, 'second')
      if (seconds < 7200) return unit(seconds / 60, 'minute')
      return unit(seconds / 3600, 'hour')
    },
    date: (iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }) =>
      new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`)
      ),
  }
}

/** `const { number, percent, kroner } = useStatsFormat()` in a component. */
export function useStatsFormat() {
  const { locale } = useI18n()
  return statsFormat(locale.value)
}
