/**
 * Sibling imports are relative (not #privacy/…) because the pages import
 * this pure module too (`@app/privacy/cpr_masker`) to warn while typing.
 */
import { normalise, type NormalisedText } from './normalised_text.js'
import { readsAsPhoneNumber } from './phone_context.js'

/**
 * The one CPR/personnummer masker: every door where citizen or staff text
 * enters (feedback, callback notes, inbound messages, search misses,
 * supplements, articles, logs) passes text through `maskCpr` before it is
 * stored, indexed, broadcast or logged.
 *
 * It finds a date followed by four digits, never checking modulus 11 (Danish
 * CPR numbers issued since 2007 need not satisfy it):
 * - Danish CPR ddmmyy-xxxx, also dd.mm.yy-xxxx and ddmmyyyy-xxxx;
 * - Swedish personnummer yymmdd-xxxx, yymmdd+xxxx, yyyymmdd-xxxx, and
 *   samordningsnummer (day + 60);
 * with a hyphen, any dash, a slash, a dot, a space, " - " or nothing between,
 * in any Unicode digits or with a letter O for zero, inside words
 * ("cpr0101901234"). Only plausible dates count, so amounts, order numbers
 * and postcodes survive; a phone number is told apart by its shape (Danish
 * numbers have 8 digits, Swedish ones are grouped after the area code) and,
 * for a bare ten-digit number starting with 0, by a phone word before it.
 *
 * Every pattern below has bounded repetition only, so matching is linear in
 * the length of the text whatever it contains.
 */

/** Between the date and the four digits: nothing, one or two spaces, or a dash/slash/dot/plus with up to two spaces around. */
const SEP = String.raw`(?: {0,2}[-/.+] {0,2}| {1,2})?`
const END = String.raw`(\d{4})(?!\d)`

/** ddmmyy / yymmdd, with the same optional separator inside the date ("01.01.90"). */
const SHORT = new RegExp(String.raw`(?<!\d)(\d\d)([-./ ]?)(\d\d)\2(\d\d)${SEP}${END}`, 'g')
/** ddmmyyyy, Danish with the full year ("01.01.1990-1234"). */
const DANISH_LONG = new RegExp(
  String.raw`(?<!\d)(\d\d)([-./ ]?)(\d\d)\2((?:18|19|20)\d\d)${SEP}${END}`,
  'g'
)
/** yyyymmdd, Swedish with the century ("19900101-1234"). */
const SWEDISH_LONG = new RegExp(String.raw`(?<!\d)(?:18|19|20)\d\d(\d\d)(\d\d)${SEP}${END}`, 'g')

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isDate(day: number, month: number) {
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]
}

/** Swedish coordination numbers add 60 to the day. */
function isSwedishDate(month: number, day: number) {
  return isDate(day, month) || isDate(day - 60, month)
}

type Range = [start: number, end: number]

/**
 * Runs one pattern over the plain view. A structural match that is not a
 * date restarts one character later (not after the match) so it cannot hide
 * a real number that overlaps it.
 */
function collect(
  pattern: RegExp,
  view: NormalisedText,
  accept: (groups: string[]) => boolean,
  into: Range[]
) {
  pattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(view.plain)) !== null) {
    if (accept(match.slice(1))) {
      into.push([match.index, match.index + match[0].length])
    } else {
      pattern.lastIndex = match.index + 1
    }
  }
}

/** The ranges of the plain view that hold a CPR number or personnummer, in order, not overlapping. */
function findRanges(text: string, view: NormalisedText): Range[] {
  const found: Range[] = []
  collect(SWEDISH_LONG, view, ([mm, dd]) => isSwedishDate(+mm, +dd), found)
  collect(DANISH_LONG, view, ([dd, , mm]) => isDate(+dd, +mm), found)
  collect(
    SHORT,
    view,
    ([first, , second, third]) => isDate(+first, +second) || isSwedishDate(+second, +third),
    found
  )
  const kept = found.filter(([start, end]) => !readsAsPhoneNumber(text, view, start, end))
  kept.sort((a, b) => a[0] - b[0])
  return kept
}

function hasDigit(text: string) {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code >= 0x30 && code <= 0x39) || code > 0x7f) return true
  }
  return false
}

/**
 * Writes the text back with every digit inside a found range replaced by
 * `x`; separators and everything else stay as they were written.
 */
function writeMasked(text: string, view: NormalisedText, ranges: Range[]) {
  let out = ''
  let copied = 0
  let i = 0
  for (const [start, end] of ranges) {
    if (end <= i) continue
    const from = Math.max(start, i)
    out += text.slice(copied, view.starts[from])
    for (i = from; i < end; i++) {
      const original = text.slice(view.starts[i], view.starts[i + 1])
      out += view.digit[i]
        ? 'x' + original.slice(original.codePointAt(0)! > 0xffff ? 2 : 1)
        : original
    }
    copied = view.starts[end]
  }
  return out + text.slice(copied)
}

/** Masks every CPR number and personnummer in the text (digits become `x`). */
export function maskCpr(text: string): string {
  if (!text || !hasDigit(text)) return text
  const view = normalise(text)
  const ranges = findRanges(text, view)
  return ranges.length === 0 ? text : writeMasked(text, view, ranges)
}

/** True when the text holds something `maskCpr` would mask (to warn a writer before saving). */
export function containsCpr(text: string | null | undefined): boolean {
  if (!text || !hasDigit(text)) return false
  const view = normalise(text)
  return findRanges(text, view).length > 0
}

/** `maskCpr` for optional fields: null and undefined pass through. */
export function maskOptionalCpr<T extends string | null | undefined>(text: T): T {
  return (typeof text === 'string' ? maskCpr(text) : text) as T
}
