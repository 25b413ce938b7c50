/**
 * Recipient numbers as E.164, for the Danish and Swedish kommuner we serve.
 * Accepted: Danish 8-digit numbers (with or without +45/0045/45), Swedish
 * numbers as +46/0046 (a trunk "0" after the country code is dropped) or in
 * national form starting with 0 (a Danish number never starts with 0).
 * Anything else is refused with a reason, never guessed.
 */
export type MsisdnResult = { e164: string; error?: undefined } | { e164?: undefined; error: string }

const DANISH = /^[2-9]\d{7}$/
const SWEDISH = /^[1-9]\d{6,8}$/

export function normaliseMsisdn(input: string): MsisdnResult {
  const compact = String(input)
    .replace('(0)', '')
    .replace(/[\s\-.()/]/g, '')
    .replace(/^00/, '+')

  if (DANISH.test(compact)) return { e164: `+45${compact}` }
  if (/^0[1-9]/.test(compact)) {
    const national = compact.slice(1)
    if (SWEDISH.test(national)) return { e164: `+46${national}` }
  }
  const international = compact.startsWith('+') ? compact.slice(1) : compact
  if (!/^\d+$/.test(international)) {
    return { error: 'the recipient is not a phone number' }
  }
  if (international.startsWith('45')) {
    const national = international.slice(2)
    if (DANISH.test(national)) return { e164: `+45${national}` }
    return { error: 'a Danish (+45) number has 8 digits and does not start with 0 or 1' }
  }
  if (international.startsWith('46')) {
    const national = international.slice(2).replace(/^0/, '')
    if (SWEDISH.test(national)) return { e164: `+46${national}` }
    return { error: 'a Swedish (+46) number has 7 to 9 digits after the country code' }
  }
  if (compact.startsWith('+')) {
    return { error: 'only Danish (+45) and Swedish (+46) numbers can receive SMS from Vejviser' }
  }
  return {
    error: 'the recipient must be a Danish 8-digit number or an international number (+45, +46)',
  }
}
