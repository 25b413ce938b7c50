import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type Kommune from '#models/kommune'
import KommuneUnitCost from '#models/kommune_unit_cost'
import AuditTrail from '#services/audit_trail'
import { COST_CHANNELS, type UnitCosts } from '#stats/unit_costs'
import { unitCostsFor } from '#stats/unit_cost_store'

/**
 * The kommune admin sets what a contact costs on each channel. All
 * channels change together (one transaction) and the audit trail keeps
 * the before and after, since every cost figure on the dashboard moves.
 */
@inject()
export default class SaveUnitCosts {
  constructor(private audit: AuditTrail) {}

  async handle(kommune: Kommune, costs: UnitCosts, actor: { userId: number; ip: string | null }) {
    const before = await unitCostsFor(kommune)
    await db.transaction(async (trx) => {
      for (const channel of COST_CHANNELS) {
        await KommuneUnitCost.updateOrCreate(
          { kommuneId: kommune.id, channel },
          { unitCost: Math.round(costs[channel] * 100) / 100 },
          { client: trx }
        )
      }
    })
    await this.audit.record({
      action: 'stats.unit_costs_changed',
      userId: actor.userId,
      kommuneId: kommune.id,
      meta: { before, after: costs },
      ip: actor.ip,
    })
  }
}
