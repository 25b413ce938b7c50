import type { Fee } from '#models/local_supplement'
import type { ServiceChannel } from '#models/service_policy'
import type { MergedGuide } from '#knowledge/merged_guide'
import type { CitizenText } from '#knowledge/citizen_text'
import { citizenTextOf } from '#knowledge/citizen_text'

/**
 * A guide as a citizen may see it. Built field by field from the merged
 * guide (an allow-list): the staff briefing (guidance bullets, the service
 * policy's staff script, the referral note, review flags, copy provenance)
 * has no field here, so it cannot leak by being forgotten.
 */
export type CitizenGuide = {
  slug: string
  kind: 'guide' | 'faq'
  lang: 'da' | 'sv'
  title: string
  summary: string
  ownArticle: boolean
  serviceArea: { slug: string; name: string } | null
  citizen: CitizenText
  selfService: { name: string; url: string } | null
  steps: { title: string; text: string; screenshotUrl: string | null; screenshotAlt: string }[]
  local: { processText: string | null; waitingTime: string | null; fees: Fee[] } | null
  contact: {
    unit: string
    phone: string | null
    email: string | null
    address: string | null
    web: string | null
    openingHours: string | null
  } | null
  legalBasis: string[]
  /** How the kommune offers to be reached about this guide's service area. */
  channels: ServiceChannel[]
}

export function toCitizenGuide(guide: MergedGuide, channels: ServiceChannel[]): CitizenGuide {
  const { content, local, contact } = guide
  return {
    slug: guide.slug,
    kind: guide.kind,
    lang: guide.lang,
    title: content.title,
    summary: content.summary,
    ownArticle: guide.owner.type === 'own',
    serviceArea: guide.serviceArea
      ? { slug: guide.serviceArea.slug, name: guide.serviceArea.name }
      : null,
    citizen: citizenTextOf(content, guide.lang),
    selfService: content.selfService
      ? { name: content.selfService.name, url: content.selfService.url }
      : null,
    steps: content.steps.map((step) => ({
      title: step.title,
      text: step.text,
      screenshotUrl: step.screenshotPath ? `/uploads/${step.screenshotPath}` : null,
      screenshotAlt: step.screenshotAlt,
    })),
    local: local
      ? {
          processText: local.processText,
          waitingTime: local.waitingTime,
          fees: local.fees.map((fee) => ({
            label: fee.label,
            amountDkk: fee.amountDkk,
            validFrom: fee.validFrom,
            validTo: fee.validTo,
          })),
        }
      : null,
    contact: contact
      ? {
          unit: contact.unit,
          phone: contact.phone,
          email: contact.email,
          address: contact.address,
          web: contact.web,
          openingHours: contact.openingHours,
        }
      : null,
    legalBasis: [...content.legalBasis],
    channels,
  }
}
