import { createHmac } from 'node:crypto'
import { parsePhone } from '#channel_kit'
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

/**
 * A Danish or Swedish phone number counts as one citizen however it is
 * written (`20 12 34 56`, `+4520123456`: E.164 from the kit's parser); other
 * contacts by case-insensitive text.
 */
export function normaliseContact(contact: string) {
  return parsePhone(contact).e164 ?? contact.trim().toLowerCase()
}

let key: Buffer | null = null

function derivedKey() {
  key ??= createHmac('sha256', env.get('APP_KEY').release())
    .update('vejviser:inquiry-contact-key')
    .digest()
  return key
}
