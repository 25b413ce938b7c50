/**
 * Every action the audit log records, in one list: the admin page filters
 * by it and shows each with a translated label (`audit.actions.<action>`
 * in resources/lang/audit/). A new audited action is added here first.
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.logout_everywhere',
  'auth.forbidden',
  'membership.switched',
  'tenancy.cross_kommune_access',
  'guide.published',
  'supplement.saved',
  'supplement.confirmed',
  'service_policy.saved',
  'synonyms.saved',
  'guidance.sent',
  'export.downloaded',
  'privacy.retention_changed',
  'privacy.retention_run',
  'stats.unit_costs_changed',
  'feedback.submitted',
  'channels.connection_created',
  'channels.settings_saved',
  'channels.connection_enabled',
  'channels.connection_disabled',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value)
}
