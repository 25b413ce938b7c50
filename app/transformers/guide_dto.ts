import type Guide from '#models/guide'
import type ServiceArea from '#models/service_area'
import type { GuideContent } from '#knowledge/guide_content'
import { generateCitizenText } from '#knowledge/citizen_text'

/** A guide as the editor shows it: the working copy plus its state. */
export type GuideEditorDto = {
  id: number
  slug: string
  kind: string
  lang: string
  status: string
  currentVersion: number
  national: boolean
  content: GuideContent
  reviewDueAt: string | null
  updatedAt: string
  /** The working copy differs from what readers see. */
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

export function toGuideEditorDto(
  guide: Guide,
  publishedContent: GuideContent | null
): GuideEditorDto {
  return {
    id: guide.id,
    slug: guide.slug,
    kind: guide.kind,
    lang: guide.lang,
    status: guide.status,
    currentVersion: guide.currentVersion,
    national: guide.isNational,
    // A guide without a written citizen level opens with the generated one to edit.
    content: {
      ...guide.content,
      citizen: guide.content.citizen ?? generateCitizenText(guide.content, guide.lang),
    },
    reviewDueAt: guide.reviewDueAt?.toISODate() ?? null,
    updatedAt: guide.updatedAt.toISO()!,
    hasUnpublishedChanges:
      publishedContent === null ||
      JSON.stringify(publishedContent) !== JSON.stringify(guide.content),
  }
}

export function toGuideRowDto(guide: Guide): GuideRowDto {
  return {
    id: guide.id,
    slug: guide.slug,
    title: guide.title,
    kind: guide.kind,
    status: guide.status,
    currentVersion: guide.currentVersion,
    serviceArea: guide.content.serviceArea,
    reviewDueAt: guide.reviewDueAt?.toISODate() ?? null,
    updatedAt: guide.updatedAt.toISO()!,
    sourceChanged: guide.sourceChanged,
  }
}

export function toServiceAreaDto(area: ServiceArea, locale: string): ServiceAreaDto {
  return { id: area.id, slug: area.slug, name: area.nameIn(locale) }
}
