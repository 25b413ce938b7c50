/**
 * Danish formats for dates, numbers and money, whatever the UI language:
 * a Danish kommune's dates and kroner read the Danish way ("23.11.2026",
 * "1.234,50 kr."). Times are shown in the kommune's own time zone.
 */
const LOCALE = 'da-DK'

export function formatDate(iso: string, timeZone = 'Europe/Copenhagen') {
  return new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone }).format(new Date(iso))
}

export function formatDateTime(iso: string, timeZone = 'Europe/Copenhagen') {
  return new Intl.DateTimeFormat(LOCALE, {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone,
  }).format(new Date(iso))
}

export function formatNumber(value: number, fractionDigits = 0) {
  return new Intl.NumberFormat(LOCALE, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value)
}

export function formatKroner(value: number) {
  return new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'DKK' }).format(value)
}
