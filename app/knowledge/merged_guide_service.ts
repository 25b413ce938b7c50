import { DateTime } from 'luxon'
import Guide from '#models/guide'
import GuideVersion from '#models/guide_version'
import type Kommune from '#models/kommune'
import LocalSupplement from '#models/local_supplement'
import ServiceArea from '#models/service_area'
import ServicePolicy from '#models/service_policy'
import type { Fee } from '#models/local_supplement'
import type { Audience, MergedGuide } from '#knowledge/merged_guide'
import type { GuideContent } from '#knowledge/guide_content'
import { fillReferral } from '#knowledge/referral_placeholders'
import { crossKommune } from '#tenancy/cross_kommune'

/**
 * The one place national text, a kommune's supplement, its own articles and
 * its service policy are merged. Rules:
 * - national content applies to kommuner of its own country only;
 * - readers see the latest published version, never a working copy;
 * - an own article is visible to its kommune only;
 * - citizens are not offered guides of service areas K does not serve.
 */
export class MergedGuideService {
  async find(kommune: Kommune, slug: string, audience: Audience): Promise<MergedGuide | null> {
    const guide = await this.#visibleQuery(kommune).where('guides.slug', slug).first()
    if (!guide) return null
    const [merged] = await this.#merge(kommune, [guide], audience)
    return merged ?? null
  }

  async findById(kommune: Kommune, id: number, audience: Audience) {
    const guide = await this.#visibleQuery(kommune).where('guides.id', id).first()
    if (!guide) return null
    const [merged] = await this.#merge(kommune, [guide], audience)
    return merged ?? null
  }

  /** Everything K shows to `audience`, sorted by title. */
  async list(kommune: Kommune, audience: Audience): Promise<MergedGuide[]> {
    const guides = await this.#visibleQuery(kommune).orderBy('guides.title')
    return this.#merge(kommune, guides, audience)
  }

  /**
   * How the editor's working copy of `guide` would look in `kommune`:
   * the same merge, but with unpublished content and regardless of status.
   */
  async previewDraft(kommune: Kommune, guide: Guide): Promise<MergedGuide | null> {
    const visible =
      guide.kommuneId === kommune.id ||
      (guide.kommuneId === null && guide.country === kommune.country)
    if (!visible) return null
    const [merged] = await this.#merge(
      kommune,
      [guide],
      'staff',
      new Map([[guide.id, guide.content]])
    )
    return merged ?? null
  }

  /** Which kommuner have local text (a supplement or an own copy) for a guide. */
  async kommunerWithLocalText(guide: Guide) {
    const supplements = await crossKommune('staff see which kommuner have local text', () =>
      LocalSupplement.query().where('guide_id', guide.id).preload('kommune')
    )
    const copies = await Guide.query().where('copied_from_guide_id', guide.id).preload('kommune')
    return [
      ...supplements.map((row) => ({
        code: row.kommune.code,
        name: row.kommune.name,
        kind: 'supplement' as const,
      })),
      ...copies.map((row) => ({
        code: row.kommune.code,
        name: row.kommune.name,
        kind: 'copy' as const,
      })),
    ].sort((a, b) => a.name.localeCompare(b.name, 'da'))
  }

  #visibleQuery(kommune: Kommune) {
    return Guide.query()
      .withScopes((scopes) => scopes.live())
      .where((query) => {
        query
          .where((national) =>
            national.whereNull('guides.kommune_id').where('guides.country', kommune.country)
          )
          .orWhere('guides.kommune_id', kommune.id)
      })
  }

  async #merge(
    kommune: Kommune,
    guides: Guide[],
    audience: Audience,
    drafts?: Map<number, GuideContent>
  ): Promise<MergedGuide[]> {
    if (guides.length === 0) return []
    const ids = guides.map((guide) => guide.id)
    const [snapshots, supplements, policies, areas, sources] = await Promise.all([
      drafts ?? this.#latestSnapshots(guides),
      LocalSupplement.query().forKommune(kommune.id).whereIn('guide_id', ids),
      ServicePolicy.query().forKommune(kommune.id),
      ServiceArea.all(),
      this.#copySources(guides),
    ])
    const supplementByGuide = new Map(supplements.map((row) => [row.guideId, row]))
    const policyByArea = new Map(policies.map((row) => [row.serviceAreaId, row]))
    const areaById = new Map(areas.map((area) => [area.id, area]))
    const today = DateTime.now().setZone(kommune.timezone).toISODate()!

    return guides.flatMap((guide) => {
      const policy = guide.serviceAreaId ? policyByArea.get(guide.serviceAreaId) : undefined
      const served = policy?.served ?? true
      if (!served && audience === 'citizen' && guide.kind === 'guide') return []
      const snapshot = snapshots.get(guide.id)
      if (!snapshot) return []
      const supplement = guide.isNational ? supplementByGuide.get(guide.id) : undefined
      const contact = supplement?.contact ?? snapshot.contact ?? null
      const area = guide.serviceAreaId ? areaById.get(guide.serviceAreaId) : undefined
      const source = guide.copiedFromGuideId ? sources.get(guide.copiedFromGuideId) : undefined
      return [
        {
          id: guide.id,
          slug: guide.slug,
          kind: guide.kind,
          lang: guide.lang,
          version: guide.currentVersion,
          owner: guide.isNational
            ? { type: 'national' as const }
            : { type: 'own' as const, kommuneCode: kommune.code, kommuneName: kommune.name },
          serviceArea: area ? { slug: area.slug, name: area.nameIn(kommune.locale) } : null,
          served,
          staffScript: policy?.staffScript ?? null,
          content: {
            ...snapshot,
            referral: fillReferral(snapshot.referral, contact, kommune.name),
          },
          local: supplement
            ? {
                processText: supplement.processText,
                waitingTime: supplement.waitingTime,
                fees: supplement.fees.filter((fee) => isValidOn(fee, today)),
                needsReview: supplement.needsReview,
                basedOnVersion: supplement.basedOnVersion,
              }
            : null,
          contact,
          copiedFrom: source
            ? {
                kommuneName: source.kommune?.name ?? '',
                slug: source.slug,
                version: guide.copiedFromVersion ?? 0,
                sourceChanged: guide.sourceChanged,
              }
            : null,
        },
      ]
    })
  }

  /** The published snapshot of each guide's current version, in one query. */
  async #latestSnapshots(guides: Guide[]) {
    const versions = await GuideVersion.query()
      .select('guide_versions.*')
      .join('guides', 'guides.id', 'guide_versions.guide_id')
      .whereRaw('guide_versions.version = guides.current_version')
      .whereIn(
        'guide_versions.guide_id',
        guides.map((guide) => guide.id)
      )
    return new Map(versions.map((version) => [version.guideId, version.snapshot]))
  }

  async #copySources(guides: Guide[]) {
    const sourceIds = guides
      .map((guide) => guide.copiedFromGuideId)
      .filter((id): id is number => id !== null)
    if (sourceIds.length === 0) return new Map<number, Guide>()
    const sources = await Guide.query().whereIn('id', sourceIds).preload('kommune')
    return new Map(sources.map((source) => [source.id, source]))
  }
}

function isValidOn(fee: Fee, day: string) {
  return (!fee.validFrom || fee.validFrom <= day) && (!fee.validTo || fee.validTo >= day)
}

export const mergedGuides = new MergedGuideService()
