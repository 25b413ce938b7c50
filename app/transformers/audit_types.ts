/**
 * The audit log as the admin page sees it. Pure types with no imports, so
 * the page can `import type` them (app/transformers/audit_dto.ts builds them).
 */
export type AuditEntryDto = {
  id: number
  /** ISO time of the action (not of the write). */
  at: string
  action: string
  user: { id: number; name: string } | null
  subject: string | null
  ip: string | null
  /** Short facts (counts, ids, channel); CPR-masked on write. */
  details: string | null
}

export type AuditFiltersDto = {
  action: string
  user: string
  from: string
  to: string
}

export type AuditLogPageProps = {
  kommune: { name: string; timezone: string }
  entries: AuditEntryDto[]
  page: { current: number; last: number; total: number }
  filters: AuditFiltersDto
  actions: string[]
  users: { id: number; name: string }[]
  /** The query string held a filter that could not be used (shown unfiltered). */
  invalidFilter: boolean
}
