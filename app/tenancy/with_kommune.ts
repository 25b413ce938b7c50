import type { NormalizeConstructor } from '@adonisjs/core/types/helpers'
import { BaseModel, beforeCreate, belongsTo, column, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Kommune from '#models/kommune'
import { tenantContext } from '#tenancy/tenant_context'
import { crossKommune } from '#tenancy/cross_kommune'

/**
 * Mixin for every tenant-owned model: a NOT NULL `kommune_id`, the relation,
 * and the `forKommune` scope every query must use (Lucid has no global
 * scopes). The create hook is a safety net, not the mechanism: it fills the
 * kommune from the tenant context and refuses rows that would be orphaned.
 */
export function WithKommune<Model extends NormalizeConstructor<typeof BaseModel>>(
  superclass: Model
) {
  class TenantOwned extends superclass {
    @column()
    declare kommuneId: number

    @belongsTo(() => Kommune)
    declare kommune: BelongsTo<typeof Kommune>

    static forKommune = scope((query, kommune: Kommune | number) => {
      const id = typeof kommune === 'number' ? kommune : kommune.id
      query.where(`${query.model.table}.kommune_id`, id)
    })

    /** Re-reads a row this code already loaded through its kommune (by primary key). */
    async refresh() {
      return crossKommune('refresh of a row already loaded through its kommune', () =>
        super.refresh()
      )
    }

    @beforeCreate()
    static assignKommune(row: TenantOwned) {
      if (row.kommuneId === undefined || row.kommuneId === null) {
        const scopeNow = tenantContext.current()
        if (!scopeNow) {
          throw new Error(`${this.name} is tenant-owned: create it with a kommuneId`)
        }
        row.kommuneId = scopeNow.kommune.id
      }
    }
  }
  return TenantOwned
}
