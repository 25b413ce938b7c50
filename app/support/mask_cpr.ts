/**
 * Masks CPR-like numbers before text is stored, indexed or logged: Danish
 * CPR (ddmmyy-xxxx) and Swedish personnummer (yymmdd-xxxx, yyyymmdd-xxxx),
 * with or without a space or dash. Only plausible dates are masked, so an
 * ordinary 10-digit number with month 13+ in place survives.
 */
const SHORT = /\b(\d{2})(\d{2})(\d{2})[\s-]?\d{4}\b/g
const LONG = /\b(?:19|20)\d{2}(0[1-9]|1[0-2])(\d{2})[\s-]?\d{4}\b/g

const hide = (match: string) => match.replace(/\d/g, 'x')

export function maskCpr(text: string) {
  return text.replace(LONG, hide).replace(SHORT, (match, first: string, second: string) => {
    const month = Number(second)
    const firstPart = Number(first)
    return month >= 1 && month <= 12 && firstPart <= 31 ? hide(match) : match
  })
}
