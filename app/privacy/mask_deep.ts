import { containsCpr, maskCpr } from './cpr_masker.js'

/**
 * Identifiers and addresses that other rows are matched on (a provider's
 * message id, an event id, a reply token, the sender's number) are left as
 * they are: a random id that happens to hold ten digits forming a date must
 * not stop a delivery receipt from finding its message, nor a reply from
 * joining its conversation. Their values are never free text.
 */
const IDENTIFIER_KEY =
  /(?:^|_)(?:id|token|key)$|(?:Id|Token|Key)$|^(?:from|to|msisdn|sender|receiver|email)$/

/**
 * Masks every string in a JSON-like value (objects, arrays, strings; numbers
 * too when their digits read as a CPR number), returning a new value. The
 * structure stays JSON-serialisable.
 */
export function maskCprDeep<T>(value: T, key = ''): T {
  if (IDENTIFIER_KEY.test(key)) return value
  if (typeof value === 'string') return maskCpr(value) as T
  if (typeof value === 'number' && Number.isInteger(value)) {
    // A CPR number sent as a JSON number loses its leading zero.
    const digits = String(value)
    return (
      containsCpr(digits) || containsCpr(digits.padStart(10, '0'))
        ? 'x'.repeat(digits.length)
        : value
    ) as T
  }
  if (Array.isArray(value)) return value.map((item) => maskCprDeep(item)) as T
  if (isPlainObject(value)) {
    const masked: Record<string, unknown> = {}
    for (const [name, item] of Object.entries(value)) masked[name] = maskCprDeep(item, name)
    return masked as T
  }
  return value
}

/** Only JSON-like objects are walked; class instances (dates, errors, buffers) are left to their owner. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** True when any string in a JSON-like value holds something `maskCpr` would mask. */
export function containsCprDeep(value: unknown): boolean {
  if (typeof value === 'string') return containsCpr(value)
  if (Array.isArray(value)) return value.some(containsCprDeep)
  if (isPlainObject(value)) return Object.values(value).some(containsCprDeep)
  return false
}
