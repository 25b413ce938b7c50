import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Kommune from '#models/kommune'

export type GuideLink = { id: number; slug: string; title: string; uses?: number }

/**
 * What the support view shows before anything is typed: the user's recent
 * guides and the kommune's most used ones (from registered inquiries).
 */
export const supportLookup = {
  async recentFor(kommune: Kommune, userId: number, limit = 8): Promise<GuideLink[]> {
    const rows = await db
      .from('inquiries')
      .join('guides', 'guides.id', 'inquiries.guide_id')
      .forKommune(kommune)
      .where('inquiries.user_id', userId)
      .groupBy('guides.id', 'guides.slug', 'guides.title')
      .select('guides.id', 'guides.slug', 'guides.title')
      .max('inquiries.started_at as last')
      .orderBy('last', 'desc')
      .limit(limit)
    return rows.map((row) => ({ id: row.id, slug: row.slug, title: row.title }))
  },

  async mostUsed(kommune: Kommune, days = 30, limit = 8): Promise<GuideLink[]> {
    const since = DateTime.utc().minus({ days }).toFormat('yyyy-MM-dd HH:mm:ss.SSS')
    const rows = await db
      .from('inquiries')
      .join('guides', 'guides.id', 'inquiries.guide_id')
      .forKommune(kommune)
      .where('inquiries.started_at', '>=', since)
      .groupBy('guides.id', 'guides.slug', 'guides.title')
      .select('guides.id', 'guides.slug', 'guides.title')
      .count('* as uses')
      .orderBy('uses', 'desc')
      .limit(limit)
    return rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      uses: Number(row.uses),
    }))
  },
}
