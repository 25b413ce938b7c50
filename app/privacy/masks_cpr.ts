import type { NormalizeConstructor } from '@adonisjs/core/types/helpers'
import { type BaseModel, beforeSave } from '@adonisjs/lucid/orm'
import { maskCprDeep } from '#privacy/mask_deep'

/** The columns of the last save that held something CPR-like (and were masked). */
const maskedOnSave = new WeakMap<object, string[]>()

/**
 * What the last save of this row masked, so an action can tell the writer
 * ("the text looked like it held a CPR number; it was masked").
 */
export function cprMaskedColumns(row: object): string[] {
  return maskedOnSave.get(row) ?? []
}

/**
 * Mixin: the named text and JSON columns are CPR-masked before every
 * insert and update, whichever action, job, seeder or console writes the
 * row. This is the storage door; callers that also index, broadcast or log
 * the text use `maskCpr` on their way too.
 */
export function MasksCpr(...columns: string[]) {
  return <Model extends NormalizeConstructor<typeof BaseModel>>(superclass: Model) => {
    class CprMasked extends superclass {
      @beforeSave()
      static maskCprColumns(row: CprMasked) {
        const values = row as unknown as Record<string, unknown>
        const masked: string[] = []
        for (const column of columns) {
          if (!(column in row.$dirty)) continue
          const value = values[column]
          if (value === null || value === undefined) continue
          const safe = maskCprDeep(value)
          if (JSON.stringify(safe) !== JSON.stringify(value)) {
            values[column] = safe
            masked.push(column)
          }
        }
        maskedOnSave.set(row, masked)
      }
    }
    return CprMasked
  }
}
