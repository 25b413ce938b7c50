import { createHash } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import { AGGREGATE_TABLES, MIXED_TENANCY_TABLES, TENANT_TABLES } from '#tenancy/tenant_tables'

/**
 * Every table whose rows belong to a kommune (or, with a NULL kommune, to
 * the nation). The audit log is left out on purpose: a refused request is
 * supposed to write one (`auth.forbidden`).
 */
const KOMMUNE_TABLES = [...TENANT_TABLES, ...MIXED_TENANCY_TABLES, ...AGGREGATE_TABLES].filter(
  (table) => table !== 'audit_logs'
)

/** Whose rows a walker may legitimately change: its own kommuner, and national rows for editors. */
export interface Ownership {
  kommuneIds: number[]
  national: boolean
}

export type Checksums = Map<string, string>

/**
 * One hash per kommune table over the rows the walker does NOT own (every
 * column, in a stable order). Two equal snapshots mean no foreign row was
 * inserted, changed or deleted in between.
 */
export async function foreignChecksums(owner: Ownership): Promise<Checksums> {
  const sums: Checksums = new Map()
  for (const table of KOMMUNE_TABLES) {
    const query = db.from(table).select('*')
    if (owner.kommuneIds.length) {
      query.where((scope) =>
        scope.whereNotIn('kommune_id', owner.kommuneIds).orWhereNull('kommune_id')
      )
    }
    if (owner.national) query.whereNotNull('kommune_id')
    const found: Record<string, unknown>[] = await query
    const rows = found.map((row) => JSON.stringify(row)).sort()
    sums.set(table, createHash('sha1').update(rows.join('\n')).digest('hex'))
  }
  return sums
}

/** Tables whose foreign rows differ between two snapshots. */
export function changedTables(before: Checksums, after: Checksums) {
  return [...before.keys()].filter((table) => before.get(table) !== after.get(table))
}
