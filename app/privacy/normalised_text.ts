/**
 * A view of a text in which every look-alike of a digit or separator is
 * replaced by its plain ASCII form, one character per code point, with a map
 * back to the original positions. Matching runs on the plain view and
 * masking writes into the original, so a CPR number typed with full-width
 * digits (０１０１９０), a letter O for zero, an en dash or a zero-width space
 * is found without the text the citizen sees being rewritten.
 */
export interface NormalisedText {
  /** The plain view: ASCII digits, `-`, ` `, `/`, `.`, `+` and `O` where the look-alikes stood. */
  plain: string
  /** `starts[i]` is where plain character `i` begins in the original; `starts[plain.length]` is its length. */
  starts: number[]
  /** True where the plain character stands for a digit (so it is masked). */
  digit: boolean[]
}

const DASHES = new Set([
  0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0xfe58, 0xfe63, 0xff0d,
])
const SPACES = new Set([0x09, 0x20, 0xa0, 0x2007, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000])

/**
 * Invisible characters that an evasive writer (or a copy from a PDF) puts
 * between digits; they are skipped in the plain view and kept in the output.
 */
const INVISIBLE = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff])

const isNd = (cp: number) => /\p{Nd}/u.test(String.fromCodePoint(cp))
const digitCache = new Map<number, number>()

/**
 * The value of a code point from any block of decimal digits Unicode defines,
 * or -1. Those blocks are runs of ten (some runs follow each other), so the
 * distance to the start of the run, modulo ten, is the value.
 */
function digitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30
  if (cp < 0x80) return -1
  const cached = digitCache.get(cp)
  if (cached !== undefined) return cached
  let value = -1
  if (isNd(cp)) {
    let first = cp
    while (first > 0 && cp - first < 60 && isNd(first - 1)) first--
    value = (cp - first) % 10
  }
  digitCache.set(cp, value)
  return value
}

function plainOf(cp: number): string {
  const value = digitValue(cp)
  if (value >= 0) return String(value)
  if (DASHES.has(cp)) return '-'
  if (SPACES.has(cp)) return ' '
  if (cp === 0x2f || cp === 0xff0f || cp === 0x2215) return '/'
  if (cp === 0x2e || cp === 0xff0e || cp === 0x2024) return '.'
  if (cp === 0x2b || cp === 0xff0b) return '+'
  if (cp === 0x4f || cp === 0x6f || cp === 0xff2f || cp === 0xff4f || cp === 0x39f || cp === 0x3bf)
    return 'O'
  // Anything else only needs to be "not a digit and not a separator".
  return cp < 0x80 ? String.fromCodePoint(cp) : '#'
}

/**
 * Builds the plain view in one pass, then turns each run of letter O into
 * zeros when it touches a digit ("O1O19O-1234"), leaving words alone.
 */
export function normalise(text: string): NormalisedText {
  const chars: string[] = []
  const starts: number[] = []
  let index = 0
  for (const char of text) {
    const cp = char.codePointAt(0)!
    if (!INVISIBLE.has(cp)) {
      chars.push(plainOf(cp))
      starts.push(index)
    }
    index += char.length
  }
  starts.push(text.length)
  zeroLetterO(chars)
  return {
    plain: chars.join(''),
    starts,
    digit: chars.map((c) => c >= '0' && c <= '9'),
  }
}

function isDigit(c: string | undefined) {
  return c !== undefined && c >= '0' && c <= '9'
}

function zeroLetterO(chars: string[]) {
  let i = 0
  while (i < chars.length) {
    if (chars[i] !== 'O') {
      i++
      continue
    }
    let end = i
    while (chars[end] === 'O') end++
    if (isDigit(chars[i - 1]) || isDigit(chars[end])) chars.fill('0', i, end)
    i = end
  }
}
