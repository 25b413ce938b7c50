import type User from '#models/user'
import type { Role } from '#tenancy/roles'

/**
 * True when `user` holds one of `roles` in `kommuneId` (null = national).
 * Reads the memberships loaded by the active-membership middleware, so a
 * policy check costs no query.
 */
export function holdsRole(user: User, roles: Role[], kommuneId: number | null) {
  const memberships = user.$preloaded.memberships ? user.memberships : []
  return memberships.some(
    (membership) => membership.kommuneId === kommuneId && roles.includes(membership.role)
  )
}
