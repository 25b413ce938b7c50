import type AuditLog from '#models/audit_log'
import type { AuditEntryDto } from '#transformers/audit_types'

/** One audit row for the admin page; `meta` shown as `key: value` facts. */
export function toAuditEntryDto(entry: AuditLog): AuditEntryDto {
  return {
    id: entry.id,
    at: entry.createdAt.toISO()!,
    action: entry.action,
    user: entry.user ? { id: entry.user.id, name: entry.user.fullName } : null,
    subject: entry.subjectType ? `${entry.subjectType} #${entry.subjectId}` : null,
    ip: entry.ip,
    details: entry.meta ? describe(entry.meta) : null,
  }
}

function describe(meta: Record<string, unknown>) {
  const parts = Object.entries(meta).map(([key, value]) => `${key}: ${format(value)}`)
  return parts.length ? parts.join(', ') : null
}

function format(value: unknown): string {
  if (value === null || value === undefined) return '–'
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}
