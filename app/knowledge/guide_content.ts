import type { CitizenText } from '#knowledge/citizen_text'

/**
 * The content of a guide: what editors write, what every publish snapshots
 * into `guide_versions.snapshot`, and what the diff compares. Texts are
 * plain text (rendered escaped; line breaks kept) unless noted.
 */
export type GuideKind = 'guide' | 'faq'
export type GuideLang = 'da' | 'sv'
export type GuideStatus = 'draft' | 'review' | 'published' | 'archived'

export type SelfService = {
  name: string
  url: string
}

export type GuideStep = {
  title: string
  text: string
  /** Stored screenshot (drive key), null until one is uploaded. */
  screenshotPath: string | null
  /** Alt text for the screenshot; the corpus' description of it. */
  screenshotAlt: string
}

export type Referral = {
  /** The kind of unit that handles what self-service can't. */
  unit: string
  /** When and why to refer. May contain {enhed} {telefon} {email} {adresse} {aabningstider} {web} {kommune}. */
  note: string
}

export type Contact = {
  unit: string
  phone: string | null
  email: string | null
  address: string | null
  web: string | null
  openingHours: string | null
}

export type GuideContent = {
  title: string
  summary: string
  keywords: string[]
  /**
   * "Citizens also say": everyday phrases for the situation the guide is
   * about, in citizens' words (search finds them, weaker than the title).
   * Optional: content saved before the field existed has none.
   */
  alsoSay?: string[]
  serviceArea: string | null
  selfService: SelfService | null
  /** Level 1: short action bullets every citizen gets. */
  guidance: string[]
  /** Level 2: the self-service walk-through. */
  steps: GuideStep[]
  /** Level 3: where to refer. */
  referral: Referral | null
  legalBasis: string[]
  /** Own articles carry their own contact (they have no supplement). */
  contact: Contact | null
  /**
   * The citizen level (du-form). Optional: older snapshots have none and
   * get a generated one (`citizenTextOf`).
   */
  citizen?: CitizenText | null
}

export const EMPTY_CONTENT: GuideContent = {
  title: '',
  summary: '',
  keywords: [],
  alsoSay: [],
  serviceArea: null,
  selfService: null,
  guidance: [],
  steps: [],
  referral: null,
  legalBasis: [],
  contact: null,
  citizen: null,
}
