import { createHmac } from 'node:crypto'
import env from '#start/env'

/**
 * A citizen's contact (e-mail address, phone number, chat visitor id)
 * turned into a keyed hash: HMAC-SHA256 under a key derived from APP_KEY
 * and scoped to the kommune. Without the app key the hash cannot be
 * reversed by trying every phone number, and two kommuner get different
 * hashes for the same citizen. Only `inquiry_contact_keys` stores it, and
 * only for seven days.
 */
export function hashContactKey(kommuneId: number, contact: string) {
  const normalised = normaliseContact(contact)
  if (!normalised) return null
  return createHmac('sha256', derivedKey()).update(`${kommuneId}\u0000${normalised}`).digest('hex')
}

/** Case, spaces and punctuation in phone numbers do not make a new citizen. */
export function normaliseContact(contact: string) {
  const trimmed = contact.trim().toLowerCase()
  if (/^\+?[\d\s().-]{6,}$/.test(trimmed)) return trimmed.replace(/[^\d+]/g, '')
  return trimmed
}

let key: Buffer | null = null

function derivedKey() {
  key ??= createHmac('sha256', env.get('APP_KEY').release())
    .update('vejviser:inquiry-contact-key')
    .digest()
  return key
}
