import { ModelQueryBuilder } from '@adonisjs/lucid/orm'
import type Kommune from '#models/kommune'
import { AGGREGATE_TABLES, MIXED_TENANCY_TABLES, TENANT_TABLES } from '#tenancy/tenant_tables'

/**
 * `Model.query().forKommune(kommune)` — the one way app code narrows a
 * query to a tenant (Lucid has no global scopes). Registered once as a
 * query-builder macro so every model with a `kommune_id` reads the same;
 * calling it on a model without one is a programming error, not a no-op.
 * `forKommuner(ids)` is the hotline form (every kommune a person serves).
 */
const KOMMUNE_TABLES = new Set<string>([
  ...TENANT_TABLES,
  ...MIXED_TENANCY_TABLES,
  ...AGGREGATE_TABLES,
])

function kommuneColumn(builder: ModelQueryBuilder) {
  const table = builder.model.table
  if (!KOMMUNE_TABLES.has(table)) {
    throw new Error(`forKommune on "${table}": list the table in #tenancy/tenant_tables first`)
  }
  return `${table}.kommune_id`
}

ModelQueryBuilder.macro(
  'forKommune',
  function (this: ModelQueryBuilder, kommune: Kommune | number) {
    return this.where(kommuneColumn(this), typeof kommune === 'number' ? kommune : kommune.id)
  }
)

ModelQueryBuilder.macro('forKommuner', function (this: ModelQueryBuilder, kommuneIds: number[]) {
  return this.whereIn(kommuneColumn(this), kommuneIds)
})

declare module '@adonisjs/lucid/orm' {
  interface ModelQueryBuilder {
    forKommune(kommune: Kommune | number): this
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
