import { urlFor } from '@adonisjs/core/services/url_builder'
import type { RoutesList } from '@adonisjs/core/types/http'
import type { Role } from '#tenancy/roles'
import type { NavItem } from '#support/nav_item'

/** A menu entry as declared: a page named by its route (a renamed path follows). */
type NavEntry = { label: string; route: NavRoute }

/** Routes a menu may name: GET routes (typed by the router's codegen, `node ace codegen`). */
type NavRoute = keyof RoutesList['GET'] & string

/**
 * Role-based navigation: what each role's menu offers. Later surfaces add
 * their entries here, and nowhere else.
 */
const NAV: Record<Role, NavEntry[]> = {
  staff: [
    { label: 'nav.staff_home', route: 'staff.start' },
    { label: 'chat_console.nav', route: 'staff.conversations' },
    { label: 'nav.canned', route: 'staff.canned.index' },
    { label: 'nav.my_feedback', route: 'staff.feedback.index' },
    { label: 'nav.callbacks', route: 'staff.callbacks.index' },
  ],
  admin: [
    { label: 'nav.admin_home', route: 'admin.start' },
    { label: 'nav.alerts', route: 'admin.alerts.index' },
    { label: 'nav.supplements', route: 'admin.supplements.index' },
    { label: 'nav.own_articles', route: 'admin.articles.index' },
    { label: 'nav.library', route: 'admin.library.index' },
    { label: 'nav.policy', route: 'admin.policy.edit' },
    { label: 'citizen_pages.nav', route: 'admin.citizen_pages.edit' },
    { label: 'nav.admin_feedback', route: 'admin.feedback.index' },
    { label: 'nav.channels', route: 'admin.channels.index' },
    { label: 'unit_costs.nav', route: 'admin.unit_costs.edit' },
    { label: 'dashboard.nav', route: 'stats.start' },
    { label: 'audit_log.nav', route: 'admin.audit.index' },
    { label: 'retention.nav', route: 'admin.retention.edit' },
    { label: 'nav.staff_home', route: 'staff.start' },
    { label: 'chat_console.nav', route: 'staff.conversations' },
    { label: 'nav.my_feedback', route: 'staff.feedback.index' },
    { label: 'nav.callbacks', route: 'staff.callbacks.index' },
  ],
  manager: [{ label: 'nav.stats_home', route: 'stats.start' }],
  editor: [
    { label: 'nav.editorial_home', route: 'editorial.start' },
    { label: 'nav.editorial_guides', route: 'editorial.guides.index' },
    { label: 'nav.search_synonyms', route: 'editorial.search.synonyms' },
    { label: 'nav.search_misses', route: 'editorial.search.misses' },
    { label: 'national_stats.nav', route: 'editorial.statistics' },
    { label: 'nav.known_issues', route: 'editorial.known_issues.index' },
    { label: 'nav.editorial_feedback', route: 'editorial.feedback.index' },
    { label: 'nav.links', route: 'editorial.links.index' },
  ],
}

/** The demo's sandbox outbox, for the roles that send to citizens. */
const SANDBOX_OUTBOX: NavEntry = { label: 'sandbox.nav', route: 'sandbox.outbox' }

/**
 * Paths are built from route names once, on first use: the router is
 * committed only after the routes files ran, after this module loaded.
 */
const resolved = new Map<NavEntry, NavItem>()

function toItem(entry: NavEntry): NavItem {
  let item = resolved.get(entry)
  if (!item) {
    item = { label: entry.label, href: urlFor.get(entry.route).url }
    resolved.set(entry, item)
  }
  return item
}

export function navigationFor(
  role: Role | undefined,
  options: { sandbox?: boolean } = {}
): NavItem[] {
  if (!role) return []
  const items = NAV[role].map(toItem)
  return options.sandbox && (role === 'staff' || role === 'admin')
    ? [...items, toItem(SANDBOX_OUTBOX)]
    : items
}
