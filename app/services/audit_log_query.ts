import { DateTime } from 'luxon'
import AuditLog from '#models/audit_log'
import Membership from '#models/membership'
import type Kommune from '#models/kommune'
import type { AuditAction } from '#services/audit_actions'

export interface AuditLogFilters {
  action?: AuditAction
  userId?: number
  /** Calendar days in the kommune's time zone, inclusive. */
  from?: Date
  to?: Date
  page: number
}

export const AUDIT_PAGE_SIZE = 50

/**
 * A kommune's own audit trail, newest first, filtered and paged. Only rows
 * stamped with this kommune are read: national actions and other kommuner's
 * entries never appear, whoever asks.
 */
export const auditLogQuery = {
  async page(kommune: Kommune, filters: AuditLogFilters) {
    const query = AuditLog.query().forKommune(kommune)
    if (filters.action) query.where('action', filters.action)
    if (filters.userId) query.where('user_id', filters.userId)
    if (filters.from) query.where('created_at', '>=', dayStart(filters.from, kommune.timezone))
    if (filters.to) query.where('created_at', '<', dayStart(filters.to, kommune.timezone, 1))
    return query
      .preload('user')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .paginate(filters.page, AUDIT_PAGE_SIZE)
  },

  /** Who may be picked in the user filter: the kommune's members. */
  async users(kommune: Kommune) {
    const memberships = await Membership.query().forKommune(kommune).preload('user')
    const byId = new Map(memberships.map((row) => [row.user.id, row.user.fullName]))
    return [...byId]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'da'))
  },
}

/** UTC start of a calendar day (plus `days`) in the kommune's zone, in the column's format. */
function dayStart(date: Date, zone: string, days = 0) {
  // VineJS parsed the YYYY-MM-DD at local midnight: its local calendar date is the one asked for.
  const day = DateTime.fromJSDate(date).toISODate()!
  return DateTime.fromISO(day, { zone }).plus({ days }).toUTC().toFormat('yyyy-MM-dd HH:mm:ss.SSS')
}
