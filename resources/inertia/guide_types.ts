/**
 * Guide shapes as pages receive them (mirrors app/knowledge/guide_content.ts,
 * app/knowledge/merged_guide.ts and app/transformers/guide_dto.ts).
 */
export type GuideStep = {
  title: string
  text: string
  screenshotPath: string | null
  screenshotAlt: string
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
  alsoSay?: string[]
  serviceArea: string | null
  selfService: { name: string; url: string } | null
  guidance: string[]
  steps: GuideStep[]
  referral: { unit: string; note: string } | null
  legalBasis: string[]
  contact: Contact | null
  citizen?: CitizenText | null
}

/** The citizen level (du-form) of a guide. */
export type CitizenText = { intro: string; todo: string[]; haveReady: string[] }

export type GuideEditorDto = {
  id: number
  slug: string
  kind: string
  lang: string
  status: 'draft' | 'review' | 'published' | 'archived'
  currentVersion: number
  national: boolean
  content: GuideContent
  reviewDueAt: string | null
  updatedAt: string
  hasUnpublishedChanges: boolean
}

export type GuideRowDto = {
  id: number
  slug: string
  title: string
  kind: string
  status: string
  currentVersion: number
  serviceArea: string | null
  reviewDueAt: string | null
  updatedAt: string
  sourceChanged: boolean
}

export type ServiceAreaDto = { id: number; slug: string; name: string }

export type Fee = {
  label: string
  amountDkk: number
  validFrom: string | null
  validTo: string | null
}

export type MergedGuide = {
  id: number
  slug: string
  kind: string
  lang: string
  version: number
  owner: { type: 'national' } | { type: 'own'; kommuneCode: string; kommuneName: string }
  serviceArea: { slug: string; name: string } | null
  served: boolean
  staffScript: string | null
  content: GuideContent
  local: {
    processText: string | null
    waitingTime: string | null
    fees: Fee[]
    needsReview: boolean
    basedOnVersion: number
  } | null
  contact: Contact | null
  copiedFrom: { kommuneName: string; slug: string; version: number; sourceChanged: boolean } | null
}
