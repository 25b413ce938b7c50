import type { DateTime } from 'luxon'
import type KnownIssue from '#models/known_issue'
import type { KnownIssueDto } from '#support/shared_props'

/** One notice in the national editors' list (pages/editorial/known_issues.vue). */
export type KnownIssueRow = Omit<KnownIssueDto, 'endsAt'> & {
  startsAt: string
  endsAt: string
  active: boolean
}

/** The banner every staff page shows while the notice is valid. */
export function toKnownIssueDto(issue: KnownIssue): KnownIssueDto {
  return {
    id: issue.id,
    title: issue.title,
    message: issue.message,
    severity: issue.severity,
    endsAt: issue.endsAt.toISO()!,
  }
}

export function toKnownIssueRow(issue: KnownIssue, now: DateTime): KnownIssueRow {
  return {
    ...toKnownIssueDto(issue),
    startsAt: issue.startsAt.toISO()!,
    active: issue.startsAt <= now && issue.endsAt > now,
  }
}
