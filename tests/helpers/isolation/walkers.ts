import Membership from '#models/membership'
import type User from '#models/user'
import { demoUser } from '#tests/helpers/accounts'
import type { Ownership } from '#tests/helpers/isolation/foreign_rows'
import type { TenantSide } from '#tests/helpers/isolation_fixtures'

export const WALKER_ROLES = ['admin', 'staff', 'manager', 'editor', 'hotline', 'anonymous'] as const
export type WalkerRole = (typeof WALKER_ROLES)[number]

/** Someone who walks every route with kommune B's ids. */
export interface Walker {
  role: WalkerRole
  /** Absent for the anonymous visitor. */
  user?: User
  /** Rows this walker may change; everything else must stay as it was. */
  owns: Ownership
}

/** The demo account of each role; all of them work in kommune A (Sorø). */
const ACCOUNTS: Record<Exclude<WalkerRole, 'anonymous'>, string> = {
  admin: 'admin@soroe.dk',
  staff: 'medarbejder@soroe.dk',
  manager: 'leder@soroe.dk',
  editor: 'redaktoer@vejviser.dk',
  // Staff in three kommuner (Sorø first); kommune B is none of them.
  hotline: 'hotline@vejviser.dk',
}

export async function walkerFor(role: WalkerRole, a: TenantSide): Promise<Walker> {
  if (role === 'anonymous') return { role, owns: { kommuneIds: [], national: false } }
  const user = await demoUser(ACCOUNTS[role])
  const memberships = await Membership.query().where('user_id', user.id)
  const kommuneIds = memberships.flatMap((m) => (m.kommuneId === null ? [] : [m.kommuneId]))
  if (role !== 'editor' && !kommuneIds.includes(a.kommune.id)) {
    throw new Error(`${ACCOUNTS[role]} must work in kommune A`)
  }
  return { role, user, owns: { kommuneIds, national: role === 'editor' } }
}
