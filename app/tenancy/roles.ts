/**
 * Roles per membership. `editor` belongs to the national editorial team and
 * is the only role whose membership has no kommune.
 */
export const ROLES = ['editor', 'admin', 'staff', 'manager'] as const
export type Role = (typeof ROLES)[number]

/** Where each role lands after login and after switching kommune. */
export const ROLE_HOME: Record<Role, string> = {
  editor: '/editorial',
  admin: '/admin',
  staff: '/staff',
  manager: '/stats',
}
