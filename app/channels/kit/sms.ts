/**
 * SMS segmentation as the network does it, so we can refuse or price a
 * message before sending. GSM-7 (3GPP TS 23.038 basic table plus its
 * extension table, whose characters cost two septets) fits 160 characters in
 * one SMS and 153 per segment when concatenated (the UDH takes the rest);
 * any character outside it switches the whole message to UCS-2: 70 in one,
 * 67 per segment. Danish and Swedish letters (æøå, äö, ÆØÅ, ÄÖ, é) are GSM-7;
 * emoji and most other accents are not.
 */
export type SmsEncoding = 'GSM-7' | 'UCS-2'

export type SmsSegmentation = {
  encoding: SmsEncoding
  /** Number of SMS the message is sent as (1 for an empty text). */
  segments: number
  /** Capacity of each segment in units: 160/153 septets or 70/67 UTF-16 code units. */
  perSegment: number
  /** Length in units (an extension character counts 2 septets; an emoji 2 code units). */
  units: number
}

const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'
)
const GSM7_EXTENSION = new Set('\f^{}\\[~]|€')

const LIMITS = {
  'GSM-7': { single: 160, multi: 153 },
  'UCS-2': { single: 70, multi: 67 },
} as const

export function isGsm7(text: string) {
  for (const char of text) {
    if (!GSM7_BASIC.has(char) && !GSM7_EXTENSION.has(char)) return false
  }
  return true
}

export function smsSegments(text: string): SmsSegmentation {
  const encoding: SmsEncoding = isGsm7(text) ? 'GSM-7' : 'UCS-2'
  const cost = (char: string) =>
    encoding === 'GSM-7' ? (GSM7_EXTENSION.has(char) ? 2 : 1) : char.length
  const { single, multi } = LIMITS[encoding]
  const chars = [...text]
  const units = chars.reduce((sum, char) => sum + cost(char), 0)
  if (units <= single) return { encoding, segments: 1, perSegment: single, units }

  /**
   * Greedy fill: a two-septet escape or a surrogate pair is never split
   * across segments, so a segment may carry one unit less than `multi`.
   */
  let segments = 1
  let used = 0
  for (const char of chars) {
    const size = cost(char)
    if (used + size > multi) {
      segments++
      used = 0
    }
    used += size
  }
  return { encoding, segments, perSegment: multi, units }
}

/**
 * Characters outside GSM-7 that have a plain GSM-7 stand-in. One en dash
 * or curly quote otherwise switches a whole message to UCS-2 and can
 * double its price (5 short lines: 1 SMS instead of 4). Letters with no
 * fair stand-in are left alone; the text then goes as UCS-2, as it must.
 */
const GSM7_STAND_INS: Record<string, string> = {
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2212': '-', // minus sign
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"',
  '\u2026': '...',
  '\u2022': '-', // bullet
  '\u00B7': '-', // middle dot
  '\u00A0': ' ', // no-break space
  '\u202F': ' ',
  '\u2009': ' ',
  '\u200B': '',
  '\u00AD': '', // soft hyphen
  '\u2192': '->',
  '\u00B4': "'",
  '\u02BC': "'",
  '\u00E1': 'a',
  '\u00ED': 'i',
  '\u00F3': 'o',
  '\u00FA': 'u',
  '\u00EA': 'e',
  '\u00EB': 'e',
  '\u00E2': 'a',
  '\u00F4': 'o',
  '\u00C1': 'A',
  '\u00CD': 'I',
  '\u00D3': 'O',
  '\u00DA': 'U',
  '\u00CA': 'E',
  '\u00CB': 'E',
  '\u00C2': 'A',
  '\u00D4': 'O',
  '\u00E3': 'a',
  '\u00F5': 'o',
  '\u00C8': 'E',
  '\u00CC': 'I',
  '\u00D2': 'O',
  '\u00D9': 'U',
  '\u00C0': 'A',
  '\u00EF': 'i',
  '\u00EE': 'i',
  '\u00FB': 'u',
}

/** The text with every character that has a GSM-7 stand-in replaced by it. */
export function gsm7Friendly(text: string) {
  let result = ''
  for (const char of text) {
    if (GSM7_BASIC.has(char) || GSM7_EXTENSION.has(char)) result += char
    else result += GSM7_STAND_INS[char] ?? char
  }
  return result
}
