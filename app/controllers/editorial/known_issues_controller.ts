import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import vine from '@vinejs/vine'
import { DateTime } from 'luxon'
import KnownIssue from '#models/known_issue'
import { toPlainText } from '#knowledge/plain_text'

const knownIssueValidator = vine.create({
  title: vine.string().trim().minLength(3).maxLength(200).transform(toPlainText),
  message: vine.string().trim().minLength(3).maxLength(1000).transform(toPlainText),
  severity: vine.enum(['info', 'warning']),
  startsAt: vine.date({ formats: ['YYYY-MM-DDTHH:mm', 'iso8601'] }),
  endsAt: vine.date({ formats: ['YYYY-MM-DDTHH:mm', 'iso8601'] }),
})

/**
 * National "known issue" banners (e.g. a MitID outage) that every
 * kommune's staff see on top while they are valid. Times are entered in
 * Danish time.
 */
export default class KnownIssuesController {
  async index({ inertia, bouncer }: HttpContext) {
    await bouncer.with('NationalContentPolicy').authorize('edit')
    const issues = await KnownIssue.query().orderBy('ends_at', 'desc').limit(50)
    const now = DateTime.utc()
    return inertia.render('editorial/known_issues', {
      issues: issues.map((issue) => ({
        id: issue.id,
        title: issue.title,
        message: issue.message,
        severity: issue.severity,
        startsAt: issue.startsAt.toISO()!,
        endsAt: issue.endsAt.toISO()!,
        active: issue.startsAt <= now && issue.endsAt > now,
      })),
    })
  }

  async store({ request, bouncer, auth, session, response, i18n }: HttpContext) {
    await bouncer.with('NationalContentPolicy').authorize('edit')
    const input = await request.validateUsing(knownIssueValidator)
    // Compared here: Vine's afterField re-parses the other field without our formats.
    if (input.endsAt <= input.startsAt) {
      session.flash('inputErrorsBag', { endsAt: [i18n.t('known_issues.ends_before_start')] })
      session.flashAll()
      return response.redirect().back()
    }
    const inCopenhagen = (date: Date) =>
      DateTime.fromFormat(
        DateTime.fromJSDate(date, { zone: 'utc' }).toFormat("yyyy-MM-dd'T'HH:mm"),
        "yyyy-MM-dd'T'HH:mm",
        {
          zone: 'Europe/Copenhagen',
        }
      ).toUTC()
    await KnownIssue.create({
      title: input.title,
      message: input.message,
      severity: input.severity,
      startsAt: inCopenhagen(input.startsAt),
      endsAt: inCopenhagen(input.endsAt),
      createdBy: auth.user!.id,
    })
    session.flash('success', i18n.t('known_issues.created'))
    return response.redirect('/editorial/known-issues')
  }

  /** Ends a notice now (the incident is over). */
  async end({ params, bouncer, session, response, i18n }: HttpContext) {
    await bouncer.with('NationalContentPolicy').authorize('edit')
    const issue = await KnownIssue.find(Number(params.issue) || 0)
    if (!issue) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    issue.endsAt = DateTime.utc()
    await issue.save()
    session.flash('success', i18n.t('known_issues.ended'))
    return response.redirect('/editorial/known-issues')
  }
}
