import vine from '@vinejs/vine'
import db from '@adonisjs/lucid/services/db'
import type { FieldContext } from '@vinejs/vine/types'

/**
 * Validators that reference tenant-owned rows are compiled once with this
 * metadata and validated with `{ meta: { kommuneId } }`, so an `exists`
 * check can never accept another kommune's id.
 */
export interface TenantMeta {
  kommuneId: number
}

export const tenantValidatorMeta = vine.withMetaData<TenantMeta>()

/**
 * `exists` inside the current kommune: the row must exist in `table` AND
 * carry the validator's `meta.kommuneId`. Use on every id a form submits.
 */
export const existsInKommune = vine.createRule(
  async (value: unknown, options: { table: string; column?: string }, field: FieldContext) => {
    if (!field.isValid) return
    const kommuneId = (field.meta as Partial<TenantMeta>).kommuneId
    if (typeof kommuneId !== 'number') {
      throw new Error('existsInKommune needs meta.kommuneId; validate with { meta: { kommuneId } }')
    }
    const row = await db
      .from(options.table)
      .where(options.column ?? 'id', value as string | number)
      .where('kommune_id', kommuneId)
      .first()
    if (!row) {
      field.report('The selected {{ field }} does not exist', 'existsInKommune', field)
    }
  },
  { isAsync: true }
)
