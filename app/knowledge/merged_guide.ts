import type { Fee } from '#models/local_supplement'
import type { Contact, GuideContent, GuideKind, GuideLang } from '#knowledge/guide_content'

/**
 * "Guide G as kommune K shows it": the only shape any surface (support
 * view, citizen pages, search documents, e-mails) may render a guide from.
 */
export type MergedGuide = {
  id: number
  slug: string
  kind: GuideKind
  lang: GuideLang
  version: number
  owner: { type: 'national' } | { type: 'own'; kommuneCode: string; kommuneName: string }
  serviceArea: { slug: string; name: string } | null
  /** False when K does not serve the area (only staff ever see such a guide). */
  served: boolean
  /** What K's staff should say about this service area. */
  staffScript: string | null
  /** The published snapshot; the referral's placeholders filled with K's contact. */
  content: GuideContent
  /** K's local supplement of a national guide. */
  local: {
    processText: string | null
    waitingTime: string | null
    /** Fees valid today in K's time zone. */
    fees: Fee[]
    needsReview: boolean
    basedOnVersion: number
  } | null
  /** Where to refer: the supplement's contact, or the own article's. */
  contact: Contact | null
  copiedFrom: { kommuneName: string; slug: string; version: number; sourceChanged: boolean } | null
}

export type Audience = 'citizen' | 'staff'
