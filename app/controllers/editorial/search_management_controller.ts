import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import { crossKommune } from '#tenancy/cross_kommune'
import SearchSynonym from '#models/search_synonym'
import SaveSynonyms from '#actions/search/save_synonyms'
import { synonymsValidator } from '#validators/synonyms_validator'
import { auditRequest } from '#services/request_audit'

/**
 * The national editors' search tools: the synonym list, and what citizens
 * and staff searched for without finding (or opening) anything.
 */
export default class SearchManagementController {
  async synonyms({ inertia, bouncer }: HttpContext) {
    await bouncer.with('NationalContentPolicy').authorize('edit')
    const rows = await SearchSynonym.query().orderBy('id')
    return inertia.render('editorial/synonyms', { groups: rows.map((row) => row.terms) })
  }

  async updateSynonyms(ctx: HttpContext) {
    const { request, bouncer, auth, session, response, i18n } = ctx
    await bouncer.with('NationalContentPolicy').authorize('edit')
    const { groups } = await request.validateUsing(synonymsValidator)
    const count = await new SaveSynonyms().handle(groups, auth.user!.id)
    await auditRequest(ctx, 'synonyms.saved', { meta: { groups: count }, kommuneId: null })
    session.flash('success', i18n.t('search_admin.synonyms_saved', { count }))
    return response.redirect('/editorial/search/synonyms')
  }

  async misses({ inertia, bouncer, request }: HttpContext) {
    await bouncer.with('NationalContentPolicy').authorize('edit')
    const reason = request.qs().reason === 'no_click' ? 'no_click' : 'zero'
    const rows = await crossKommune('the national editors read every kommune’s misses', () =>
      db
        .from('search_misses')
        .leftJoin('kommuner', 'kommuner.id', 'search_misses.kommune_id')
        .where('search_misses.reason', reason)
        .select('search_misses.query')
        .count('* as times')
        .countDistinct('search_misses.kommune_id as kommuner')
        .max('search_misses.created_at as lastSeen')
        .groupBy('search_misses.query')
        .orderBy('times', 'desc')
        .limit(200)
    )
    return inertia.render('editorial/search_misses', {
      reason,
      rows: rows.map((row) => ({
        query: row.query as string,
        times: Number(row.times),
        kommuner: Number(row.kommuner),
        lastSeen: new Date(row.lastSeen).toISOString(),
      })),
    })
  }
}
