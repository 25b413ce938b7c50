import vine from '@vinejs/vine'
import { AUDIT_ACTIONS } from '#services/audit_actions'
import { existsInKommune, tenantValidatorMeta } from '#tenancy/validator_metadata'

/**
 * The audit page's filters (query string). The user must be a member of
 * the admin's own kommune: validate with `{ meta: { kommuneId } }`.
 */
export const auditLogFilterValidator = tenantValidatorMeta.create(
  vine.object({
    action: vine.enum(AUDIT_ACTIONS).optional(),
    user: vine
      .number()
      .withoutDecimals()
      .positive()
      .use(existsInKommune({ table: 'memberships', column: 'user_id' }))
      .optional(),
    from: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
    to: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
    page: vine.number().withoutDecimals().range([1, 100_000]).optional(),
  })
)
