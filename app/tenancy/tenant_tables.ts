/**
 * The one list of tenant-owned tables: every row carries a NOT NULL
 * `kommune_id`, and every read, update or delete of them in app code names a
 * kommune (through `forKommune`, `kommune.related()` or `existsInKommune`).
 * The test guard (`#tenancy/tenant_query_guard`) reads this list; a new
 * tenant-owned table belongs here the day its migration lands.
 *
 * Tables whose `kommune_id` may be NULL (national rows: guides, canned
 * answers, memberships of editors, audit entries of national actions) are
 * listed apart: they are queried by kommune too, but a national query
 * legitimately has no kommune, so the guard does not police them.
 */
export const TENANT_TABLES = [
  'local_supplements',
  'service_policies',
  'feedback',
  'inquiries',
  'inquiry_contact_keys',
  'channel_connections',
  'messages',
  'deliveries',
  'inbound_events',
  'callback_requests',
  'sandbox_messages',
  'conversations',
  'conversation_messages',
  'suggestion_feedback',
  'widget_sessions',
  'retention_settings',
] as const

/**
 * Per-kommune aggregates (daily rollups, unit costs). They carry a NOT NULL
 * kommune too and `forKommune` works on them, but the statistics surface
 * compares kommuner (anonymised) by design, so the guard does not police them.
 */
export const AGGREGATE_TABLES = [
  'inquiry_daily',
  'inquiry_kommune_daily',
  'inquiry_guide_daily',
  'kommune_unit_costs',
  'national_guide_window',
] as const

/** Tables with a nullable `kommune_id` (national rows have none). */
export const MIXED_TENANCY_TABLES = [
  'guides',
  'canned_responses',
  'memberships',
  'audit_logs',
  'search_misses',
] as const

export type TenantTable = (typeof TENANT_TABLES)[number]

const tenantTableSet = new Set<string>(TENANT_TABLES)

export function isTenantTable(table: string): boolean {
  return tenantTableSet.has(table)
}
