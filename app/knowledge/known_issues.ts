import { DateTime } from 'luxon'
import KnownIssue from '#models/known_issue'
import type { KnownIssueDto } from '#support/shared_props'
import { toKnownIssueDto, toKnownIssueRow, type KnownIssueRow } from '#transformers/known_issue_dto'

export type NewKnownIssue = {
  title: string
  message: string
  severity: 'info' | 'warning'
  startsAt: Date
  endsAt: Date
}

/** How many past notices the editors' list shows. */
const LIST_LIMIT = 50

/**
 * National "known issue" notices (e.g. a MitID outage): every kommune's
 * staff see the current ones on top of each page; national editors list,
 * create and end them. National rows (no kommune), so no tenant scope.
 */
export default class KnownIssues {
  /** The notices valid now, for the banner on every staff page. */
  async current(): Promise<KnownIssueDto[]> {
    const issues = await KnownIssue.query()
      .withScopes((scopes) => scopes.current())
      .orderBy('starts_at')
    return issues.map(toKnownIssueDto)
  }

  /** The latest notices, newest end first, marked active when valid now. */
  async list(): Promise<KnownIssueRow[]> {
    const issues = await KnownIssue.query().orderBy('ends_at', 'desc').limit(LIST_LIMIT)
    const now = DateTime.utc()
    return issues.map((issue) => toKnownIssueRow(issue, now))
  }

  /** Null when it would end before it starts (the caller tells the editor). */
  async create(input: NewKnownIssue, createdBy: number): Promise<KnownIssue | null> {
    if (input.endsAt <= input.startsAt) return null
    return KnownIssue.create({
      title: input.title,
      message: input.message,
      severity: input.severity,
      startsAt: copenhagenToUtc(input.startsAt),
      endsAt: copenhagenToUtc(input.endsAt),
      createdBy,
    })
  }

  /** Ends a notice now (the incident is over); false when there is no such notice. */
  async end(id: number): Promise<boolean> {
    const issue = await KnownIssue.find(id)
    if (!issue) return false
    issue.endsAt = DateTime.utc()
    await issue.save()
    return true
  }
}

/**
 * Editors type Danish wall-clock times; the validator parsed them as UTC
 * wall-clock values, so the same digits are re-read in Copenhagen's zone.
 */
function copenhagenToUtc(date: Date): DateTime {
  const wallClock = DateTime.fromJSDate(date, { zone: 'utc' }).toFormat("yyyy-MM-dd'T'HH:mm")
  return DateTime.fromFormat(wallClock, "yyyy-MM-dd'T'HH:mm", {
    zone: 'Europe/Copenhagen',
  }).toUTC()
}
