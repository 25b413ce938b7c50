import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * HMAC-SHA256 webhook signatures with a timestamp, for our own plugins:
 * header `x-vejviser-signature: t=<unix seconds>,v1=<hex hmac of "t.body">`.
 * The timestamp defeats replays (300 s tolerance); the comparison is
 * constant-time.
 */
export const SIGNATURE_HEADER = 'x-vejviser-signature'
export const SIGNATURE_TOLERANCE_SECONDS = 300

export function signPayload(secret: string, body: Buffer | string, at = new Date()) {
  const timestamp = Math.floor(at.getTime() / 1000)
  const mac = createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')
  return `t=${timestamp},v1=${mac}`
}

export function verifyPayload(
  secret: string,
  body: Buffer | string,
  header: string | string[] | undefined,
  now = new Date()
) {
  const value = Array.isArray(header) ? header[0] : header
  if (!value || !secret) return false
  const parts = Object.fromEntries(
    value.split(',').map((part) => part.trim().split('=', 2) as [string, string])
  )
  const timestamp = Number(parts.t)
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(parts.v1 ?? '')) return false
  if (Math.abs(now.getTime() / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false
  const expected = createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest()
  return timingSafeEqual(expected, Buffer.from(parts.v1, 'hex'))
}
