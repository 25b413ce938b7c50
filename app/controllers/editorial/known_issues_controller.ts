import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import KnownIssues from '#knowledge/known_issues'
import { knownIssueValidator } from '#validators/known_issue_validator'

/**
 * National "known issue" banners (e.g. a MitID outage) that every
 * kommune's staff see on top while they are valid. Times are entered in
 * Danish time.
 */
@inject()
export default class KnownIssuesController {
  constructor(private knownIssues: KnownIssues) {}

  async index({ inertia, bouncer }: HttpContext) {
    await bouncer.with('NationalContentPolicy').authorize('edit')
    return inertia.render('editorial/known_issues', { issues: await this.knownIssues.list() })
  }

  async store({ request, bouncer, auth, session, response, i18n }: HttpContext) {
    await bouncer.with('NationalContentPolicy').authorize('edit')
    const input = await request.validateUsing(knownIssueValidator)
    // Compared by the service: Vine's afterField re-parses the other field without our formats.
    const created = await this.knownIssues.create(input, auth.user!.id)
    if (!created) {
      session.flash('inputErrorsBag', { endsAt: [i18n.t('known_issues.ends_before_start')] })
      session.flashAll()
      return response.redirect().back()
    }
    session.flash('success', i18n.t('known_issues.created'))
    return response.redirect('/editorial/known-issues')
  }

  /** Ends a notice now (the incident is over). */
  async end({ params, bouncer, session, response, i18n }: HttpContext) {
    await bouncer.with('NationalContentPolicy').authorize('edit')
    if (!(await this.knownIssues.end(Number(params.issue) || 0))) {
      throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    }
    session.flash('success', i18n.t('known_issues.ended'))
    return response.redirect('/editorial/known-issues')
  }
}
