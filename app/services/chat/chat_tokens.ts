import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import env from '#start/env'

/**
 * Signed, URL-safe tokens for the chat (no database round trip to check):
 *
 * - a visitor token `v1.<kommune>.<conversation>.<expires>.<sig>` proves a
 *   citizen holds one conversation; the citizen API answers 404 for any
 *   other conversation;
 * - a stream uid `<kind>.<subject>.<expires>.<nonce>.<sig>` is what a
 *   Transmit client puts in its URL. Transmit trusts whatever uid a client
 *   sends, so we only accept uids we issued: `v` (visitor, subject = the
 *   conversation) or `s` (staff, subject = the user id). The nonce makes
 *   every page load its own stream.
 *
 * Both are HMAC-SHA256 with the app key and a purpose, so one cannot be
 * replayed as the other.
 */
const VISITOR_TTL_SECONDS = 24 * 3600
const STREAM_TTL_SECONDS = 12 * 3600

function sign(purpose: string, body: string) {
  return createHmac('sha256', env.get('APP_KEY').release())
    .update(`${purpose}:${body}`)
    .digest('base64url')
    .slice(0, 32)
}

function same(a: string, b: string) {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

const nowSeconds = () => Math.floor(Date.now() / 1000)
const positiveInt = (text: string | undefined) =>
  text && /^\d{1,12}$/.test(text) ? Number(text) : null

export type VisitorClaims = { kommuneId: number; conversationId: number }
export type StreamIdentity =
  { kind: 'visitor'; conversationId: number } | { kind: 'staff'; userId: number }

export const chatTokens = {
  visitor(claims: VisitorClaims, ttlSeconds = VISITOR_TTL_SECONDS) {
    const body = `v1.${claims.kommuneId}.${claims.conversationId}.${nowSeconds() + ttlSeconds}`
    return `${body}.${sign('chat-visitor', body)}`
  },

  /** The claims of a valid, unexpired visitor token; null for anything else. */
  readVisitor(token: string | null | undefined): VisitorClaims | null {
    const parts = String(token ?? '').split('.')
    if (parts.length !== 5 || parts[0] !== 'v1') return null
    const [kommuneId, conversationId, expires] = parts.slice(1, 4).map(positiveInt)
    if (!kommuneId || !conversationId || !expires || expires < nowSeconds()) return null
    if (!same(parts[4], sign('chat-visitor', parts.slice(0, 4).join('.')))) return null
    return { kommuneId, conversationId }
  },

  streamUid(identity: StreamIdentity, ttlSeconds = STREAM_TTL_SECONDS) {
    const subject = identity.kind === 'visitor' ? identity.conversationId : identity.userId
    const kind = identity.kind === 'visitor' ? 'v' : 's'
    const nonce = randomBytes(9).toString('base64url')
    const body = `${kind}.${subject}.${nowSeconds() + ttlSeconds}.${nonce}`
    return `${body}.${sign('chat-stream', body)}`
  },

  readStreamUid(uid: string | null | undefined): StreamIdentity | null {
    const parts = String(uid ?? '').split('.')
    if (parts.length !== 5 || (parts[0] !== 'v' && parts[0] !== 's')) return null
    const subject = positiveInt(parts[1])
    const expires = positiveInt(parts[2])
    if (!subject || !expires || expires < nowSeconds()) return null
    if (!same(parts[4], sign('chat-stream', parts.slice(0, 4).join('.')))) return null
    return parts[0] === 'v'
      ? { kind: 'visitor', conversationId: subject }
      : { kind: 'staff', userId: subject }
  },
}
