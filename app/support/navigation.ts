import type { Role } from '#tenancy/roles'

export type NavItem = {
  /** i18n key of the label */
  label: string
  href: string
}

/**
 * Role-based navigation: what each role's menu offers. Later surfaces add
 * their entries here, and nowhere else.
 */
const NAV: Record<Role, NavItem[]> = {
  staff: [{ label: 'nav.staff_home', href: '/staff' }],
  admin: [
    { label: 'nav.admin_home', href: '/admin' },
    { label: 'nav.staff_home', href: '/staff' },
  ],
  manager: [{ label: 'nav.stats_home', href: '/stats' }],
  editor: [{ label: 'nav.editorial_home', href: '/editorial' }],
}

export function navigationFor(role: Role | undefined): NavItem[] {
  return role ? NAV[role] : []
}
