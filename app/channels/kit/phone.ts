/**
 * Phone numbers of citizens of the Danish and Swedish kommuner we serve
 * (kit API 1.6.0): the one helper the app and every plugin use, built on
 * Google's numbering plan data (`libphonenumber-js`, full metadata, so a
 * number is checked against the country's real number ranges, not only its
 * length). Anything that is not a valid Danish or Swedish number is refused
 * with a reason rather than guessed.
 */
import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max'

export type PhoneCountry = 'DK' | 'SE'

/** Why a text is not a number we can call or text. */
export type PhoneProblem =
  'not_a_number' | 'not_danish_or_swedish' | 'invalid_danish' | 'invalid_swedish'

export type ParsedPhone =
  | { e164: string; country: PhoneCountry; error?: undefined; reason?: undefined }
  | { e164?: undefined; country?: undefined; error: PhoneProblem; reason: string }

const CALLING_CODES: Record<string, PhoneCountry> = { '45': 'DK', '46': 'SE' }

/** English reasons, for error messages and logs; the app translates the `error` code. */
const REASONS: Record<PhoneProblem, string> = {
  not_a_number: 'not a phone number',
  not_danish_or_swedish: 'only Danish (+45) and Swedish (+46) numbers are supported',
  invalid_danish: 'not a valid Danish (+45) number: 8 digits, not starting with 0 or 1',
  invalid_swedish:
    'not a valid Swedish (+46) number: 7 to 9 digits after +46, or 0 and the area code',
}

const refuse = (error: PhoneProblem): ParsedPhone => ({ error, reason: REASONS[error] })

/** Spaces, dashes, dots, slashes, brackets and the Swedish "(0)" are how people write numbers. */
const WRITTEN_NUMBER = /^\+?[\d\s\-./()]+$/

function checked(number: PhoneNumber | undefined): ParsedPhone {
  const country = number ? CALLING_CODES[number.countryCallingCode] : undefined
  if (!number || !country) return refuse('not_danish_or_swedish')
  if (!number.isValid() || number.country !== country) {
    return refuse(country === 'DK' ? 'invalid_danish' : 'invalid_swedish')
  }
  return { e164: number.number, country }
}

/**
 * A Danish or Swedish number as E.164 (`+4520123456`, `+46701234567`).
 * Accepted: international form (`+45…`, `0045…`, `+46 (0)70…`), a Danish
 * 8-digit number without prefix, a Swedish national number with its
 * leading 0 (a Danish number never starts with 0), and digits that begin
 * with 45 or 46 as the country code (`4520123456`, as gateways send them).
 */
export function parsePhone(input: unknown): ParsedPhone {
  const text = String(input ?? '').trim()
  if (!WRITTEN_NUMBER.test(text) || !/\d{3}/.test(text.replace(/\D/g, ''))) {
    return refuse('not_a_number')
  }
  const compact = text.replace(/[^\d+]/g, '').replace(/^00/, '+')
  if (compact.lastIndexOf('+') > 0) return refuse('not_a_number')
  if (compact.startsWith('+')) return checked(parsePhoneNumberFromString(compact))
  if (compact.startsWith('0')) return checked(parsePhoneNumberFromString(compact, 'SE'))
  const danish = checked(parsePhoneNumberFromString(compact, 'DK'))
  if (danish.e164 || compact.length === 8) return danish
  /** Digits with their country code but no "+": 4520123456, 46701234567. */
  const international = checked(parsePhoneNumberFromString(`+${compact}`))
  return international.e164 || !CALLING_CODES[compact.slice(0, 2)] ? international : danish
}

/** True for a valid Danish or Swedish number already in E.164 form. */
export function isE164Phone(value: unknown): boolean {
  return typeof value === 'string' && parsePhone(value).e164 === value
}

/**
 * An E.164 number written for people: `national` (`20 12 34 56`,
 * `070-123 45 67`) or `international` (`+45 20 12 34 56`). Returns the
 * input unchanged when it is not a number this helper accepts.
 */
export function formatPhone(e164: string, style: 'national' | 'international' = 'international') {
  const number = parsePhoneNumberFromString(e164)
  if (!number?.isValid()) return e164
  return style === 'national' ? number.formatNational() : number.formatInternational()
}
