/**
 * Phone numbers of citizens of the Danish and Swedish kommuner we serve,
 * normalised to E.164. Danish numbers have 8 digits and no trunk prefix;
 * Swedish ones are written nationally with a leading 0 (dropped after
 * +46). Anything else is refused with a reason rather than guessed.
 */
export type PhoneResult = { e164: string; error?: undefined } | { e164?: undefined; error: string }

const DANISH = /^[2-9]\d{7}$/
const SWEDISH = /^[1-9]\d{6,8}$/

export function normalisePhone(input: string): PhoneResult {
  const compact = String(input)
    .replace('(0)', '')
    .replace(/[\s\-.()/]/g, '')
    .replace(/^00/, '+')
  if (DANISH.test(compact)) return { e164: `+45${compact}` }
  if (/^0[1-9]\d+$/.test(compact) && SWEDISH.test(compact.slice(1))) {
    return { e164: `+46${compact.slice(1)}` }
  }
  const digits = compact.startsWith('+') ? compact.slice(1) : compact
  if (!/^\d+$/.test(digits)) return { error: 'not_a_number' }
  if (digits.startsWith('45') && DANISH.test(digits.slice(2))) return { e164: `+${digits}` }
  if (digits.startsWith('46')) {
    const national = digits.slice(2).replace(/^0/, '')
    if (SWEDISH.test(national)) return { e164: `+46${national}` }
  }
  return { error: 'not_danish_or_swedish' }
}
