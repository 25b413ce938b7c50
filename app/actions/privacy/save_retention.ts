import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type Kommune from '#models/kommune'
import RetentionSetting from '#models/retention_setting'
import AuditTrail from '#services/audit_trail'
import { RETENTION_KINDS, type RetentionPeriods } from '#privacy/retention/retention_kinds'
import { retentionPeriodsFor } from '#privacy/retention/retention_policy'

/**
 * The kommune admin sets how long each kind of data is kept. All kinds are
 * saved together; the audit trail keeps the periods before and after (only
 * the kinds that changed), since a shorter period deletes data at the next run.
 */
@inject()
export default class SaveRetention {
  constructor(private audit: AuditTrail) {}

  async handle(
    kommune: Kommune,
    periods: RetentionPeriods,
    actor: { userId: number; ip: string | null }
  ) {
    const before = await retentionPeriodsFor(kommune)
    await db.transaction(async (trx) => {
      for (const kind of RETENTION_KINDS) {
        await RetentionSetting.updateOrCreate(
          { kommuneId: kommune.id, kind },
          { days: periods[kind], updatedBy: actor.userId },
          { client: trx }
        )
      }
    })
    const changed = RETENTION_KINDS.filter((kind) => before[kind] !== periods[kind])
    if (changed.length === 0) return
    await this.audit.record({
      action: 'privacy.retention_changed',
      userId: actor.userId,
      kommuneId: kommune.id,
      meta: Object.fromEntries(
        changed.map((kind) => [kind, { before: before[kind], after: periods[kind] }])
      ),
      ip: actor.ip,
    })
  }
}
