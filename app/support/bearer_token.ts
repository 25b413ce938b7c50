import { createHash, timingSafeEqual } from 'node:crypto'

/**
 * True when an `Authorization: Bearer <token>` header carries `expected`.
 * No expected token means nobody matches. Compared in constant time (over
 * hashes, so the lengths leak nothing either).
 */
export function bearerMatches(header: string | undefined, expected: string | undefined) {
  if (!expected || !header) return false
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  if (!match) return false
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(match[1]), digest(expected))
}
