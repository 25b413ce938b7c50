import Kommune from '#models/kommune'
import type { MergedGuide } from '#knowledge/merged_guide'
import { mergedGuides } from '#knowledge/merged_guide_service'
import type { SearchDocument } from '#search/search_engine'

/**
 * Search documents come only from the merged view: one per (kommune,
 * guide the kommune shows). Staff may find guides of areas the kommune does
 * not serve; citizens may not (`citizenVisible`).
 */
export function toSearchDocument(kommune: Kommune, guide: MergedGuide): SearchDocument {
  const { content, local } = guide
  const body = [
    ...content.guidance,
    ...content.steps.flatMap((step) => [step.title, step.text]),
    content.referral ? `${content.referral.unit} ${content.referral.note}` : '',
    local?.processText ?? '',
    local?.waitingTime ?? '',
    ...(local?.fees ?? []).map((fee) => fee.label),
    guide.contact?.unit ?? '',
    content.selfService?.name ?? '',
  ]
    .filter(Boolean)
    .join('\n')
  return {
    id: `${kommune.code}:${guide.slug}`,
    kommune: kommune.code,
    guideId: guide.id,
    slug: guide.slug,
    kind: guide.kind,
    lang: guide.lang,
    serviceArea: guide.serviceArea?.slug ?? null,
    title: content.title,
    summary: content.summary,
    keywords: content.keywords,
    alsoSay: content.alsoSay ?? [],
    body,
    citizenVisible: guide.served || guide.kind === 'faq',
    hasLocalText: guide.owner.type === 'own' || guide.local !== null,
  }
}

export async function documentsForKommune(kommune: Kommune) {
  const guides = await mergedGuides.list(kommune, 'staff')
  return guides.map((guide) => toSearchDocument(kommune, guide))
}

/** Every kommune's documents, for a full rebuild. */
export async function buildAllDocuments(
  onProgress?: (done: number, total: number, kommune: string) => void
) {
  const kommuner = await Kommune.query().orderBy('code')
  const documents: SearchDocument[] = []
  for (const [index, kommune] of kommuner.entries()) {
    documents.push(...(await documentsForKommune(kommune)))
    onProgress?.(index + 1, kommuner.length, kommune.name)
  }
  return documents
}
