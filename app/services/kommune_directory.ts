import AuditLog from '#models/audit_log'
import Kommune from '#models/kommune'
import Membership from '#models/membership'
import type { Role } from '#tenancy/roles'

export interface MemberRow {
  membershipId: number
  userId: number
  fullName: string
  email: string
  role: Role
}

export interface AuditRow {
  id: number
  at: string
  action: string
  actor: string | null
  subject: string | null
}

/**
 * Read models for the start pages: who works in a kommune, what happened
 * there lately, and the national list of kommuner. Every per-kommune query
 * is filtered by the kommune it is given.
 */
export const kommuneDirectory = {
  async members(kommune: Kommune): Promise<MemberRow[]> {
    const memberships = await Membership.query()
      .forKommune(kommune.id)
      .preload('user')
      .orderBy('role')
      .orderBy('id')
    return memberships.map((membership) => ({
      membershipId: membership.id,
      userId: membership.userId,
      fullName: membership.user.fullName,
      email: membership.user.email,
      role: membership.role,
    }))
  },

  async recentAudit(kommune: Kommune, limit = 20): Promise<AuditRow[]> {
    const entries = await AuditLog.query()
      .forKommune(kommune.id)
      .preload('user')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
    return entries.map((entry) => ({
      id: entry.id,
      at: entry.createdAt.toISO()!,
      action: entry.action,
      actor: entry.user?.fullName ?? null,
      subject: entry.subjectType ? `${entry.subjectType} #${entry.subjectId}` : null,
    }))
  },

  async roleCounts(kommune: Kommune): Promise<Record<Role, number>> {
    const rows = await Membership.query()
      .forKommune(kommune.id)
      .select('role')
      .count('* as total')
      .groupBy('role')
    const counts: Record<Role, number> = { editor: 0, admin: 0, staff: 0, manager: 0 }
    for (const row of rows) counts[row.role] = Number(row.$extras.total)
    return counts
  },

  async allKommuner() {
    return Kommune.query().orderBy('country').orderBy('name')
  },
}
