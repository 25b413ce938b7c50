import { HttpContext } from '@adonisjs/core/http'
import { crossKommuneReason } from '#tenancy/cross_kommune'
import { isTenantTable } from '#tenancy/tenant_tables'
import { tenantContext } from '#tenancy/tenant_context'

/**
 * Statement kinds that read or change existing rows. INSERTs are left to the
 * WithKommune create hook (it refuses a row without a kommune); schema
 * statements (migrations) and PRAGMAs are not queries on tenant data.
 */
const GUARDED_STATEMENT = /^\s*(select|update|delete|with)\b/i

/** Every table a statement names after FROM, JOIN or UPDATE. */
const TABLE_REFERENCE = /\b(?:from|join|update)\s+[`"]?([a-z_][a-z0-9_]*)[`"]?/gi

/**
 * A kommune constraint: `kommune_id` compared with a bound value or a list
 * (`= ?`, `in (?, ?)`, `in (select …)`). A join on `a.kommune_id = b.kommune_id`
 * alone is not one: it names no kommune.
 */
const KOMMUNE_CONSTRAINT = /kommune_id[`"]?\s*(?:=\s*(?:\?|\$\d+|\d+)|in\s*\()/i

/**
 * Single-row writes of a row the code has already loaded (Lucid's
 * `model.save()` / `model.delete()`: `… where "id" = ?`). The row was read
 * through a kommune-scoped query first, so the write carries no new risk.
 */
const PRIMARY_KEY_WRITE = /^\s*(update|delete)\b[\s\S]*\bwhere\s+[`"]?id[`"]?\s*=\s*\?\s*$/i

export class UnscopedTenantQueryError extends Error {
  constructor(
    public readonly table: string,
    public readonly sql: string
  ) {
    super(
      `Query on tenant-owned table "${table}" without a kommune constraint. Use ` +
        `Model.query().forKommune(kommune), kommune.related(...), or wrap a deliberate ` +
        `cross-kommune query in crossKommune('why', () => ...). SQL: ${sql}`
    )
  }
}

/** The tenant table a statement reads or changes without naming a kommune, if any. */
export function unscopedTenantTable(sql: string): string | undefined {
  if (!GUARDED_STATEMENT.test(sql)) return undefined
  if (PRIMARY_KEY_WRITE.test(sql)) return undefined
  const tables = [...sql.matchAll(TABLE_REFERENCE)].map((match) => match[1].toLowerCase())
  const tenantTable = tables.find(isTenantTable)
  if (!tenantTable) return undefined
  return KOMMUNE_CONSTRAINT.test(sql) ? undefined : tenantTable
}

/**
 * App code runs inside a request or a job's tenant context; test code that
 * sets up or inspects rows runs outside both and is not policed.
 */
function runningAppCode(): boolean {
  return HttpContext.get() !== null || tenantContext.current() !== undefined
}

/** Throws when app code queries a tenant table without a kommune. */
export function checkTenantQuery(query: { sql?: string }) {
  if (!query.sql || !runningAppCode() || crossKommuneReason()) return
  const table = unscopedTenantTable(query.sql)
  if (!table) return
  // Deep enough to reach the app frame below knex's and the emitters' own.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 60
  try {
    throw new UnscopedTenantQueryError(table, query.sql)
  } finally {
    Error.stackTraceLimit = limit
  }
}
