import type { Role } from '#tenancy/roles'

export type NavItem = {
  /** i18n key of the label */
  label: string
  href: string
  /** New items waiting behind the link (alerts, feedback): shown as a badge. */
  count?: number
}

/**
 * Role-based navigation: what each role's menu offers. Later surfaces add
 * their entries here, and nowhere else.
 */
const NAV: Record<Role, NavItem[]> = {
  staff: [
    { label: 'nav.staff_home', href: '/staff' },
    { label: 'chat_console.nav', href: '/staff/conversations' },
    { label: 'nav.canned', href: '/staff/canned-answers' },
    { label: 'nav.my_feedback', href: '/staff/feedback' },
    { label: 'nav.callbacks', href: '/staff/callbacks' },
  ],
  admin: [
    { label: 'nav.admin_home', href: '/admin' },
    { label: 'nav.alerts', href: '/admin/alerts' },
    { label: 'nav.supplements', href: '/admin/supplements' },
    { label: 'nav.own_articles', href: '/admin/articles' },
    { label: 'nav.library', href: '/admin/library' },
    { label: 'nav.policy', href: '/admin/policy' },
    { label: 'citizen_pages.nav', href: '/admin/citizen-pages' },
    { label: 'nav.admin_feedback', href: '/admin/feedback' },
    { label: 'nav.channels', href: '/admin/channels' },
    { label: 'unit_costs.nav', href: '/admin/unit-costs' },
    { label: 'dashboard.nav', href: '/stats' },
    { label: 'audit_log.nav', href: '/admin/audit' },
    { label: 'nav.staff_home', href: '/staff' },
    { label: 'chat_console.nav', href: '/staff/conversations' },
    { label: 'nav.my_feedback', href: '/staff/feedback' },
    { label: 'nav.callbacks', href: '/staff/callbacks' },
  ],
  manager: [{ label: 'nav.stats_home', href: '/stats' }],
  editor: [
    { label: 'nav.editorial_home', href: '/editorial' },
    { label: 'nav.editorial_guides', href: '/editorial/guides' },
    { label: 'nav.search_synonyms', href: '/editorial/search/synonyms' },
    { label: 'nav.search_misses', href: '/editorial/search/misses' },
    { label: 'national_stats.nav', href: '/editorial/statistics' },
    { label: 'nav.known_issues', href: '/editorial/known-issues' },
    { label: 'nav.editorial_feedback', href: '/editorial/feedback' },
    { label: 'nav.links', href: '/editorial/links' },
  ],
}

/** The demo's sandbox outbox, for the roles that send to citizens. */
const SANDBOX_OUTBOX: NavItem = { label: 'sandbox.nav', href: '/sandbox/outbox' }

export function navigationFor(role: Role | undefined, options: { sandbox?: boolean } = {}) {
  if (!role) return []
  const items = NAV[role]
  return options.sandbox && (role === 'staff' || role === 'admin')
    ? [...items, SANDBOX_OUTBOX]
    : items
}
