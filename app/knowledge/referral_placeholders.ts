import type { Contact, Referral } from '#knowledge/guide_content'

/**
 * National referral texts may name the local unit through placeholders;
 * the kommune's contact fills them. A placeholder without a value is
 * dropped rather than shown to a citizen as "{telefon}".
 */
const FIELDS: Record<string, (contact: Contact | null, kommuneName: string) => string | null> = {
  enhed: (contact) => contact?.unit ?? null,
  telefon: (contact) => contact?.phone ?? null,
  email: (contact) => contact?.email ?? null,
  adresse: (contact) => contact?.address ?? null,
  aabningstider: (contact) => contact?.openingHours ?? null,
  web: (contact) => contact?.web ?? null,
  kommune: (_, kommuneName) => kommuneName,
}

export function fillPlaceholders(text: string, contact: Contact | null, kommuneName: string) {
  return text
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in FIELDS ? (FIELDS[name](contact, kommuneName) ?? '') : whole
    )
    .replace(/ {2,}/g, ' ')
    .trim()
}

export function fillReferral(
  referral: Referral | null,
  contact: Contact | null,
  kommuneName: string
) {
  if (!referral) return null
  return {
    unit: fillPlaceholders(referral.unit, contact, kommuneName),
    note: fillPlaceholders(referral.note, contact, kommuneName),
  }
}
