import { ModelQueryBuilder } from '@adonisjs/lucid/orm'
import { DatabaseQueryBuilder } from '@adonisjs/lucid/database'
import type { Dictionary } from '@adonisjs/lucid/types/querybuilder'
import type Kommune from '#models/kommune'
import { AGGREGATE_TABLES, MIXED_TENANCY_TABLES, TENANT_TABLES } from '#tenancy/tenant_tables'

/**
 * `Model.query().forKommune(kommune)` — the one way app code narrows a
 * query to a tenant (Lucid has no global scopes). Registered once as a
 * query-builder macro so every model with a `kommune_id` reads the same;
 * calling it on a model without one is a programming error, not a no-op.
 * `forKommuner(ids)` is the hotline form (every kommune a person serves).
 * Raw builders (`db.from('inquiries')`, `trx.from(…)`: atomic claims,
 * aggregates) get the same two macros, so a raw query names its kommune
 * the same way a model query does.
 */
const KOMMUNE_TABLES = new Set<string>([
  ...TENANT_TABLES,
  ...MIXED_TENANCY_TABLES,
  ...AGGREGATE_TABLES,
])

function kommuneColumn(builder: ModelQueryBuilder) {
  return columnOf(builder.model.table)
}

function columnOf(table: string, alias = table) {
  if (!KOMMUNE_TABLES.has(table)) {
    throw new Error(`forKommune on "${table}": list the table in #tenancy/tenant_tables first`)
  }
  return `${alias}.kommune_id`
}

/** The table a raw builder reads (`from('inquiries')` or `from('inquiries as i')`). */
function rawKommuneColumn(builder: DatabaseQueryBuilder) {
  const single = (builder.knexQuery as unknown as { _single?: { table?: unknown } })._single
  const from = typeof single?.table === 'string' ? single.table : ''
  const [table, alias] = from.split(/\s+as\s+/i)
  return columnOf(table.trim(), (alias ?? table).trim())
}

const idOf = (kommune: Kommune | number) => (typeof kommune === 'number' ? kommune : kommune.id)

ModelQueryBuilder.macro(
  'forKommune',
  function (this: ModelQueryBuilder, kommune: Kommune | number) {
    return this.where(kommuneColumn(this), idOf(kommune))
  }
)

ModelQueryBuilder.macro('forKommuner', function (this: ModelQueryBuilder, kommuneIds: number[]) {
  return this.whereIn(kommuneColumn(this), kommuneIds)
})

DatabaseQueryBuilder.macro(
  'forKommune',
  function (this: DatabaseQueryBuilder, kommune: Kommune | number) {
    return this.where(rawKommuneColumn(this), idOf(kommune))
  }
)

DatabaseQueryBuilder.macro(
  'forKommuner',
  function (this: DatabaseQueryBuilder, kommuneIds: number[]) {
    return this.whereIn(rawKommuneColumn(this), kommuneIds)
  }
)

declare module '@adonisjs/lucid/orm' {
  interface ModelQueryBuilder {
    forKommune(kommune: Kommune | number): this
    forKommuner(kommuneIds: number[]): this
  }
}

declare module '@adonisjs/lucid/database' {
  interface DatabaseQueryBuilder {
    forKommune(kommune: Kommune | number): this
    forKommuner(kommuneIds: number[]): this
  }
}

declare module '@adonisjs/lucid/types/querybuilder' {
  interface DatabaseQueryBuilderContract<Result = Dictionary<any, string>> {
    /** Rows of one kommune (`<table>.kommune_id = id`) on a raw builder. */
    forKommune(kommune: Kommune | number): this
    /** Rows of any of these kommuner on a raw builder. */
    forKommuner(kommuneIds: number[]): this
  }
}

declare module '@adonisjs/lucid/types/model' {
  interface ModelQueryBuilderContract<Model extends LucidModel, Result = InstanceType<Model>> {
    /** Rows of one kommune (`<table>.kommune_id = id`). */
    forKommune(kommune: Kommune | number): this
    /** Rows of any of these kommuner (a hotline's served set). */
    forKommuner(kommuneIds: number[]): this
  }
}
