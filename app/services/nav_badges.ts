import Feedback from '#models/feedback'
import Guide from '#models/guide'
import LocalSupplement from '#models/local_supplement'
import type Membership from '#models/membership'
import type { NavItem } from '#support/nav_item'
import { crossKommune } from '#tenancy/cross_kommune'

async function count(query: { count: (c: string) => any }) {
  const row = await query.count('* as total').first()
  return Number(row?.$extras.total ?? 0)
}

/**
 * Counts behind menu links, shown as badges: an admin's change alerts to
 * confirm and local feedback to answer; an editor's national feedback to
 * answer. Two indexed counts per page view, only for those roles.
 */
export async function navBadges(
  membership: Membership | undefined
): Promise<Record<string, number>> {
  if (membership?.role === 'admin' && membership.kommuneId !== null) {
    const kommuneId = membership.kommuneId
    const [supplements, copies, feedback] = await Promise.all([
      count(LocalSupplement.query().forKommune(kommuneId).where('needs_review', 1)),
      count(Guide.query().forKommune(kommuneId).where('source_changed', 1)),
      count(Feedback.query().forKommune(kommuneId).where('route', 'local').where('status', 'open')),
    ])
    return { '/admin/alerts': supplements + copies, '/admin/feedback': feedback }
  }
  if (membership?.role === 'editor') {
    const feedback = await crossKommune(
      'national feedback reaches the editors from every kommune',
      () => count(Feedback.query().where('route', 'national').where('status', 'open'))
    )
    return { '/editorial/feedback': feedback }
  }
  return {}
}

/** The menu with each link's badge count (none when zero). */
export function withBadges(items: NavItem[], badges: Record<string, number>): NavItem[] {
  return items.map((item) => (badges[item.href] ? { ...item, count: badges[item.href] } : item))
}
