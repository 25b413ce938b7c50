import type { HttpContext } from '@adonisjs/core/http'
import CannedResponse from '#models/canned_response'
import { containsPattern } from '#support/like_pattern'

/**
 * The kommune's and the national canned answers, searchable and copyable.
 * A kommune's own answer with the same /code replaces the national one.
 */
export default class CannedAnswersController {
  async index({ inertia, kommune, bouncer, request }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('support', kommune!)
    const q = String(request.qs().q ?? '').trim()
    const query = CannedResponse.query()
      .where((scope) => scope.whereNull('kommune_id').orWhere('kommune_id', kommune!.id))
      .orderBy('code')
    if (q) {
      query.where((match) =>
        match
          .where('title', 'like', containsPattern(q))
          .orWhere('text', 'like', containsPattern(q))
          .orWhere('code', 'like', containsPattern(q))
      )
    }
    const rows = await query
    const byCode = new Map<string, CannedResponse>()
    for (const row of rows) {
      if (!byCode.has(row.code) || row.kommuneId !== null) byCode.set(row.code, row)
    }
    return inertia.render('staff/canned_answers', {
      q,
      answers: [...byCode.values()].map((row) => ({
        id: row.id,
        code: row.code,
        title: row.title,
        text: row.text,
        tags: row.tags,
        local: row.kommuneId !== null,
      })),
    })
  }
}
