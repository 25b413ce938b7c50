import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import CannedResponse from '#models/canned_response'
import Guide from '#models/guide'
import LocalSupplement from '#models/local_supplement'
import ServiceArea from '#models/service_area'
import PublishGuide from '#actions/knowledge/publish_guide'
import type { Contact, GuideContent, GuideKind } from '#knowledge/guide_content'

/**
 * The change note of an imported version: a marker, not text (pages show it
 * in the reader's language, see guide_versions_controller).
 */
export const CORPUS_IMPORT_NOTE = 'Imported from the corpus'

/**
 * Upserts of single corpus rows, by natural key. Each answers whether it
 * created, updated or skipped the row; rows people edited in Vejviser are
 * skipped unless the import is forced.
 */
export type Outcome = 'created' | 'updated' | 'skipped'

export type UpsertContext = {
  trx: TransactionClientContract
  areas: Map<string, number>
  force?: boolean
}

export async function upsertServiceArea(
  ctx: UpsertContext,
  row: { slug: string; name_da: string; name_en: string; name_sv: string }
): Promise<Outcome> {
  const values = { nameDa: row.name_da, nameEn: row.name_en, nameSv: row.name_sv }
  const existing = await ServiceArea.query({ client: ctx.trx }).where('slug', row.slug).first()
  if (!existing) {
    await ServiceArea.create({ slug: row.slug, ...values }, { client: ctx.trx })
    return 'created'
  }
  existing.merge(values)
  if (!existing.$isDirty) return 'skipped'
  await existing.save()
  return 'updated'
}

type GuideKey = {
  slug: string
  kommuneId: number | null
  country: 'DK' | 'SE'
  kind: GuideKind
  lang: 'da' | 'sv'
  factsChecked: boolean
}

/** Creates or updates a guide and publishes a new version when its content changed. */
export async function upsertGuide(
  ctx: UpsertContext,
  key: GuideKey,
  content: GuideContent
): Promise<Outcome> {
  const serviceAreaId = content.serviceArea ? (ctx.areas.get(content.serviceArea) ?? null) : null
  let guide = await Guide.query({ client: ctx.trx }).where('slug', key.slug).first()
  const outcome: Outcome = guide ? 'updated' : 'created'
  if (guide) {
    const unchanged =
      JSON.stringify(guide.content) === JSON.stringify(content) && guide.currentVersion > 0
    const editedInApp = guide.updatedBy !== null && !ctx.force
    if (unchanged || editedInApp) return 'skipped'
    guide.useTransaction(ctx.trx)
    guide.merge({ ...key, serviceAreaId, content })
    await guide.save()
  } else {
    guide = await Guide.create(
      { ...key, serviceAreaId, content, status: 'draft' },
      { client: ctx.trx }
    )
  }
  await new PublishGuide().handle(guide, { userId: null, changeNote: CORPUS_IMPORT_NOTE }, ctx.trx)
  return outcome
}

export async function upsertSupplement(
  ctx: UpsertContext,
  kommuneId: number,
  guide: Guide,
  processText: string,
  contact: Contact
): Promise<Outcome> {
  const existing = await LocalSupplement.query({ client: ctx.trx })
    .forKommune(kommuneId)
    .where('guide_id', guide.id)
    .first()
  if (!existing) {
    await LocalSupplement.create(
      {
        kommuneId,
        guideId: guide.id,
        processText,
        contact,
        fees: [],
        basedOnVersion: guide.currentVersion,
        needsReview: false,
      },
      { client: ctx.trx }
    )
    return 'created'
  }
  if (existing.updatedBy !== null && !ctx.force) return 'skipped'
  existing.useTransaction(ctx.trx)
  existing.merge({ processText, contact })
  if (!existing.$isDirty) return 'skipped'
  await existing.save()
  return 'updated'
}

export async function upsertCanned(
  ctx: UpsertContext,
  row: { code: string; title: string; text: string; tags: string[] }
): Promise<Outcome> {
  const existing = await CannedResponse.query({ client: ctx.trx })
    .whereNull('kommune_id')
    .where('code', row.code)
    .first()
  if (!existing) {
    await CannedResponse.create({ kommuneId: null, ...row }, { client: ctx.trx })
    return 'created'
  }
  existing.useTransaction(ctx.trx)
  existing.merge({ title: row.title, text: row.text, tags: row.tags })
  if (!existing.$isDirty) return 'skipped'
  await existing.save()
  return 'updated'
}
