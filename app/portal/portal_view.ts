import db from '@adonisjs/lucid/services/db'
import type Kommune from '#models/kommune'
import ServicePolicy from '#models/service_policy'
import { SERVICE_CHANNELS, type ServiceChannel } from '#models/service_policy'
import { mergedGuides } from '#knowledge/merged_guide_service'
import type { MergedGuide } from '#knowledge/merged_guide'
import { publicCache } from '#portal/public_cache'
import { toCitizenGuide, type CitizenGuide } from '#portal/citizen_guide_dto'
import { toPortalKommune, type PortalKommune } from '#portal/portal_kommune'
import { portalReach, type PortalReach } from '#portal/portal_reach'

export type GuideLink = { slug: string; title: string; summary: string }
export type AreaView = { slug: string; name: string; guides: GuideLink[] }

/** Everything a kommune's citizen pages show, built once per content change. */
export type PortalView = {
  kommune: PortalKommune
  guides: Map<string, CitizenGuide>
  areas: AreaView[]
  faq: GuideLink[]
  ownArticles: GuideLink[]
  mostRead: GuideLink[]
  reach: PortalReach
}

const MOST_READ = 6

/**
 * The kommune's citizen view from the merged view (published content of
 * served areas only), cached per kommune until a guide, supplement, policy,
 * own article, channel connection or the kommune itself changes (see
 * PublicCacheProvider).
 */
export function portalView(kommune: Kommune): Promise<PortalView> {
  return publicCache.remember(kommune.id, 'view', () => buildView(kommune))
}

async function buildView(kommune: Kommune): Promise<PortalView> {
  const [merged, policies, asked, reach] = await Promise.all([
    mergedGuides.list(kommune, 'citizen'),
    ServicePolicy.query().forKommune(kommune.id).preload('serviceArea'),
    mostAsked(kommune.id),
    portalReach(kommune),
  ])
  const channelsByArea = new Map<string, ServiceChannel[]>(
    policies.map((policy) => [policy.serviceArea.slug, policy.channels])
  )
  const guides = new Map<string, CitizenGuide>()
  for (const guide of merged) {
    // An area without a saved policy row is served on every channel (the admin page's rule).
    const channels = guide.serviceArea
      ? (channelsByArea.get(guide.serviceArea.slug) ?? [...SERVICE_CHANNELS])
      : []
    guides.set(guide.slug, toCitizenGuide(guide, channels))
  }
  const link = (guide: CitizenGuide): GuideLink => ({
    slug: guide.slug,
    title: guide.title,
    summary: guide.summary,
  })
  const all = [...guides.values()]
  const byId = new Map(merged.map((guide) => [guide.id, guides.get(guide.slug)!]))
  const mostRead = asked.flatMap((id) => (byId.has(id) ? [link(byId.get(id)!)] : []))
  return {
    kommune: toPortalKommune(kommune, commonContact(merged)),
    guides,
    areas: groupByArea(all, link),
    faq: all.filter((guide) => guide.kind === 'faq').map(link),
    ownArticles: all.filter((guide) => guide.ownArticle).map(link),
    mostRead: (mostRead.length ? mostRead : all.filter((g) => g.kind === 'guide').map(link)).slice(
      0,
      MOST_READ
    ),
    reach,
  }
}

function groupByArea(guides: CitizenGuide[], link: (guide: CitizenGuide) => GuideLink) {
  const areas = new Map<string, AreaView>()
  for (const guide of guides) {
    if (guide.kind !== 'guide' || !guide.serviceArea) continue
    const area = areas.get(guide.serviceArea.slug) ?? { ...guide.serviceArea, guides: [] }
    area.guides.push(link(guide))
    areas.set(area.slug, area)
  }
  return [...areas.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'))
}

/** Guide ids by how often the kommune's citizens asked about them (registered inquiries). */
async function mostAsked(kommuneId: number): Promise<number[]> {
  const rows = await db
    .from('inquiries')
    .forKommune(kommuneId)
    .whereNotNull('guide_id')
    .groupBy('guide_id')
    .select('guide_id')
    .count('* as asked')
    .orderBy('asked', 'desc')
    .limit(MOST_READ * 2)
  return rows.map((row) => Number(row.guide_id))
}

/** The unit most of the kommune's guides refer to (usually Borgerservice). */
function commonContact(guides: MergedGuide[]) {
  const counts = new Map<string, { count: number; contact: NonNullable<MergedGuide['contact']> }>()
  for (const guide of guides) {
    if (!guide.contact?.phone) continue
    const entry = counts.get(guide.contact.unit) ?? { count: 0, contact: guide.contact }
    entry.count++
    counts.set(guide.contact.unit, entry)
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0]
  return best?.contact ?? null
}
