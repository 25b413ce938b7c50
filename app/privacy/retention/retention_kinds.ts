/**
 * The data kinds a kommune sets a retention period for, each with its
 * lawful default and the bounds an admin may choose within (days). Pure
 * data: the admin page (Vue) imports it too.
 *
 * `delete` removes the rows; `anonymise` keeps the row and removes what
 * points at a person, because statistics are computed from it (inquiries
 * feed the daily rollups on every rebuild, widget sessions feed the
 * deflection figures, sent messages feed "guides sent most often").
 * Why each default: docs/adr/0055-retention-per-kommune-and-kind.md.
 */
export const RETENTION_KINDS = [
  'conversations',
  'inquiries',
  'feedback',
  'callbacks',
  'inbound_payloads',
  'sent_messages',
  'widget_sessions',
  'search_misses',
  'audit_log',
] as const

export type RetentionKind = (typeof RETENTION_KINDS)[number]

export type RetentionRule = {
  defaultDays: number
  minDays: number
  maxDays: number
  treatment: 'delete' | 'anonymise'
}

export const RETENTION_RULES: Record<RetentionKind, RetentionRule> = {
  conversations: { defaultDays: 180, minDays: 7, maxDays: 1095, treatment: 'anonymise' },
  inquiries: { defaultDays: 730, minDays: 90, maxDays: 1825, treatment: 'anonymise' },
  feedback: { defaultDays: 365, minDays: 30, maxDays: 1825, treatment: 'delete' },
  callbacks: { defaultDays: 90, minDays: 14, maxDays: 730, treatment: 'delete' },
  inbound_payloads: { defaultDays: 30, minDays: 7, maxDays: 365, treatment: 'delete' },
  sent_messages: { defaultDays: 90, minDays: 14, maxDays: 730, treatment: 'anonymise' },
  widget_sessions: { defaultDays: 90, minDays: 7, maxDays: 730, treatment: 'anonymise' },
  search_misses: { defaultDays: 365, minDays: 30, maxDays: 1095, treatment: 'delete' },
  audit_log: { defaultDays: 730, minDays: 180, maxDays: 1825, treatment: 'delete' },
}

export type RetentionPeriods = Record<RetentionKind, number>

export function defaultPeriods(): RetentionPeriods {
  return Object.fromEntries(
    RETENTION_KINDS.map((kind) => [kind, RETENTION_RULES[kind].defaultDays])
  ) as RetentionPeriods
}

export function isRetentionKind(value: unknown): value is RetentionKind {
  return typeof value === 'string' && (RETENTION_KINDS as readonly string[]).includes(value)
}
