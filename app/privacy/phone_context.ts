import type { NormalisedText } from './normalised_text.js'

/**
 * A Swedish phone number written without any separator ("0701234567",
 * "0812345678") has the same ten digits as a CPR number of someone born on
 * the 1st–9th of a month, so its shape cannot tell them apart. Only those
 * bare numbers starting with 0 are decided by the words before them: a phone
 * word nearer than a CPR word means a phone number. Everything else is
 * decided by shape alone (see cpr_masker.ts).
 */
const WINDOW = 40
const PHONE_WORDS =
  /(?:^|[^\p{L}])(?:tlf|tel|telefon\p{L}*|tfn|mobil\p{L}*|mob|ring\p{L}*|sms|phone|call|fax|cell|nr\.? ?tlf)(?![\p{L}])/giu
const CPR_WORDS = /(?:cpr|person\p{L}*|pers\.? ?nr|p-?nr|fødsels|födelse|social security)/giu

function lastIndexOf(pattern: RegExp, text: string) {
  let last = -1
  pattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) last = match.index + match[0].length
  return last
}

export function readsAsPhoneNumber(
  text: string,
  view: NormalisedText,
  start: number,
  end: number
): boolean {
  const plain = view.plain.slice(start, end)
  if (plain.length !== 10 || plain[0] !== '0' || !/^\d{10}$/.test(plain)) return false
  const originalStart = view.starts[start]
  const before = text.slice(Math.max(0, originalStart - WINDOW), originalStart)
  const phone = lastIndexOf(PHONE_WORDS, before)
  return phone >= 0 && phone > lastIndexOf(CPR_WORDS, before)
}
