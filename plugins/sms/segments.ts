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
