import db from '@adonisjs/lucid/services/db'
import type Kommune from '#models/kommune'
import ServiceArea from '#models/service_area'
import ServicePolicy, { type ServiceChannel } from '#models/service_policy'

export type PolicyRow = {
  serviceAreaId: number
  served: boolean
  channels: ServiceChannel[]
  staffScript: string | null
}

/**
 * Replaces a kommune's service policy matrix in one transaction. Unknown
 * service areas are ignored; an area not served offers no channels.
 */
export default class SaveServicePolicy {
  async handle(kommune: Kommune, rows: PolicyRow[]) {
    const areas = await ServiceArea.all()
    const known = new Set(areas.map((area) => area.id))
    await db.transaction(async (trx) => {
      for (const row of rows.filter((candidate) => known.has(candidate.serviceAreaId))) {
        const existing = await ServicePolicy.query({ client: trx })
          .forKommune(kommune.id)
          .where('service_area_id', row.serviceAreaId)
          .first()
        const policy = existing ?? new ServicePolicy()
        policy.useTransaction(trx)
        policy.merge({
          kommuneId: kommune.id,
          serviceAreaId: row.serviceAreaId,
          served: row.served,
          channels: row.served ? row.channels : [],
          staffScript: row.staffScript,
        })
        await policy.save()
      }
    })
  }
}
