import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Kommune from '#models/kommune'
import { GUIDE_DAILY_TABLE } from '#stats/rollup_columns'
import type { Period } from '#stats/period'
import type { RankRow } from '#stats/dashboard_types'

const LIMIT = 10

/** The period's local days as UTC timestamps, for tables stamped in UTC. */
function utcRange(kommune: Kommune, period: Period) {
  const zone = kommune.timezone
  const from = DateTime.fromISO(period.from, { zone }).startOf('day').toUTC()
  const to = DateTime.fromISO(period.to, { zone }).plus({ days: 1 }).startOf('day').toUTC()
  const format = 'yyyy-MM-dd HH:mm:ss'
  return [from.toFormat(format), to.toFormat(format)] as const
}

/**
 * Guides most often tied to a registered contact (from the guide rollup).
 * Only national guides and the kommune's own are named: an inquiry can
 * never reveal another kommune's article.
 */
export async function topGuides(
  kommune: Kommune,
  period: Period,
  filter: { serviceAreaIds?: number[]; channels?: string[] }
): Promise<RankRow[]> {
  const query = db
    .from(GUIDE_DAILY_TABLE)
    .join('guides', 'guides.id', `${GUIDE_DAILY_TABLE}.guide_id`)
    .forKommune(kommune)
    .whereBetween(`${GUIDE_DAILY_TABLE}.day`, [period.from, period.to])
    .where((q) => q.whereNull('guides.kommune_id').orWhere('guides.kommune_id', kommune.id))
  if (filter.serviceAreaIds?.length) {
    query.whereIn(`${GUIDE_DAILY_TABLE}.service_area_id`, filter.serviceAreaIds)
  }
  if (filter.channels?.length) query.whereIn(`${GUIDE_DAILY_TABLE}.channel`, filter.channels)
  const rows = await query
    .groupBy('guides.id', 'guides.title')
    .select('guides.title')
    .sum(`${GUIDE_DAILY_TABLE}.contacts as count`)
    .orderBy('count', 'desc')
    .orderBy('guides.title')
    .limit(LIMIT)
  return rows.map((row) => ({ label: row.title, count: Number(row.count) }))
}

/**
 * Searches in this kommune (citizens' and staff's) that found nothing, most
 * frequent first. The texts were CPR-masked when stored.
 */
export async function topMisses(kommune: Kommune, period: Period): Promise<RankRow[]> {
  const [from, to] = utcRange(kommune, period)
  const rows = await db
    .from('search_misses')
    .forKommune(kommune)
    .where('reason', 'zero')
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .groupBy('query')
    .select('query')
    .count('* as count')
    .orderBy('count', 'desc')
    .orderBy('query')
    .limit(LIMIT)
  return rows.map((row) => ({ label: row.query, count: Number(row.count) }))
}

/** Guides staff of this kommune sent to citizens (e-mail/SMS guidance) most often. */
export async function topSent(kommune: Kommune, period: Period): Promise<RankRow[]> {
  const [from, to] = utcRange(kommune, period)
  const rows = await db
    .from('messages')
    .join('guides', 'guides.id', 'messages.guide_id')
    .forKommune(kommune)
    .whereNotNull('messages.user_id')
    .where('messages.created_at', '>=', from)
    .where('messages.created_at', '<', to)
    .where((q) => q.whereNull('guides.kommune_id').orWhere('guides.kommune_id', kommune.id))
    .groupBy('guides.id', 'guides.title')
    .select('guides.title')
    .count('* as count')
    .orderBy('count', 'desc')
    .orderBy('guides.title')
    .limit(LIMIT)
  return rows.map((row) => ({ label: row.title, count: Number(row.count) }))
}
