import type Kommune from '#models/kommune'
import type { Contact } from '#knowledge/guide_content'
import { brandColour } from '#portal/brand_colour'

/** What the citizen pages show about the kommune itself (an allow-list). */
export type PortalKommune = {
  code: string
  name: string
  slug: string
  locale: 'da' | 'sv'
  country: string
  timezone: string
  website: string | null
  logoUrl: string | null
  brandColor: string
  contact: {
    unit: string
    phone: string | null
    email: string | null
    address: string | null
    openingHours: string | null
  } | null
}

export function toPortalKommune(kommune: Kommune, fallbackContact: Contact | null): PortalKommune {
  const settings = kommune.settings
  const contact = settings.contact ?? fallbackContact
  return {
    code: kommune.code,
    name: kommune.name,
    slug: kommune.slug,
    locale: kommune.locale === 'sv' ? 'sv' : 'da',
    country: kommune.country,
    timezone: kommune.timezone,
    website: settings.domain ? `https://${settings.domain}` : (fallbackContact?.web ?? null),
    logoUrl: settings.logoUrl?.startsWith('https://') ? settings.logoUrl : null,
    brandColor: brandColour(settings.brandColor),
    contact: contact
      ? {
          unit: contact.unit,
          phone: contact.phone,
          email: contact.email,
          address: contact.address,
          openingHours: contact.openingHours,
        }
      : null,
  }
}
