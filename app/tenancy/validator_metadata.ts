import vine from '@vinejs/vine'
import db from '@adonisjs/lucid/services/db'
import type { FieldContext } from '@vinejs/vine/types'

/**
 * Validators that reference tenant-owned rows are compiled once with this
 * metadata and validated with `{ meta: { kommuneId } }`, so an `exists`
 * check can never accept another kommune's id. The kommune is the one the
 * row the request acts on belongs to (a hotline closing another served
 * kommune's conversation passes that conversation's kommune).
 */
export interface TenantMeta {
  kommuneId: number
}

export const tenantValidatorMeta = vine.withMetaData<TenantMeta>()

export interface ExistsInKommuneOptions {
  /** A table with a `kommune_id` column (#tenancy/tenant_tables). */
  table: string
  /** The column the value names (default `id`; e.g. `slug`, `user_id`). */
  column?: string
  /** Also accept national rows (NULL kommune): national guides, canned answers. */
  national?: boolean
}

/**
 * `exists` inside the current kommune: the row must exist in `table` AND
 * carry the validator's `meta.kommuneId` (or, with `national`, no kommune).
 * The one check for every id a request carries in its body or query
 * string — a guide, a user, a slug — so another kommune's id is a 422.
 */
export const existsInKommune = vine.createRule(
  async (value: unknown, options: ExistsInKommuneOptions, field: FieldContext) => {
    if (!field.isValid) return
    const kommuneId = (field.meta as Partial<TenantMeta>).kommuneId
    if (typeof kommuneId !== 'number') {
      throw new Error('existsInKommune needs meta.kommuneId; validate with { meta: { kommuneId } }')
    }
    const row = await db
      .from(options.table)
      .where(options.column ?? 'id', value as string | number)
      .where((scope) => {
        scope.where('kommune_id', kommuneId)
        if (options.national) scope.orWhereNull('kommune_id')
      })
      .first()
    if (!row) {
      field.report('The selected {{ field }} does not exist', 'existsInKommune', field)
    }
  },
  { isAsync: true }
)
