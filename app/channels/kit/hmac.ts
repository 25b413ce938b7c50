import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Building blocks for a provider's own webhook signature scheme (kit API
 * 1.4.0): most are "HMAC of some parts joined, hex or base64, maybe with a
 * prefix, maybe with a timestamp header". Compose them in
 * `verifySignature`; the contract suite forges against the result.
 */
export type HmacAlgorithm = 'sha1' | 'sha256' | 'sha512'
export type HmacEncoding = 'hex' | 'base64' | 'base64url'

/** HMAC of the parts in order (strings as UTF-8, Buffers as bytes), encoded. */
export function hmacDigest(
  algorithm: HmacAlgorithm,
  secret: string | Buffer,
  parts: (string | Buffer)[],
  encoding: HmacEncoding = 'hex'
) {
  const mac = createHmac(algorithm, secret)
  for (const part of parts) mac.update(part)
  return mac.digest(encoding)
}

/** Constant-time comparison of two strings of any length (false when they differ in length). */
export function safeEqual(a: string, b: string) {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/** A header's value whatever the case of its name; the first one when repeated. */
export function headerValue(
  headers: Record<string, string | string[] | undefined>,
  name: string
): string | undefined {
  const wanted = name.toLowerCase()
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return Array.isArray(value) ? value[0] : value
  }
  return undefined
}

/**
 * True when a provider's timestamp (unix seconds or milliseconds, number or
 * string) is within `toleranceSeconds` of now: refuses replays.
 */
export function timestampFresh(
  timestamp: number | string | undefined | null,
  toleranceSeconds = 300,
  now = new Date()
) {
  const value = Number(timestamp)
  if (timestamp === undefined || timestamp === null || !Number.isFinite(value)) return false
  const seconds = value > 1e11 ? value / 1000 : value
  return Math.abs(now.getTime() / 1000 - seconds) <= toleranceSeconds
}

/**
 * Verifies `signature` (e.g. a header's `sha256=<hex>`) against the HMAC
 * of `parts`; `prefix` is stripped first. Never throws on garbage.
 */
export function verifyHmac(options: {
  algorithm: HmacAlgorithm
  secret: string | Buffer
  parts: (string | Buffer)[]
  signature: string | undefined | null
  encoding?: HmacEncoding
  prefix?: string
}) {
  const { signature, prefix = '' } = options
  if (!signature || !options.secret || !signature.startsWith(prefix)) return false
  const expected = hmacDigest(options.algorithm, options.secret, options.parts, options.encoding)
  return safeEqual(signature.slice(prefix.length).trim(), expected)
}
