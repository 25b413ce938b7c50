import type Kommune from '#models/kommune'
import KommuneUnitCost from '#models/kommune_unit_cost'
import { COST_CHANNELS, DEFAULT_UNIT_COSTS, type UnitCosts } from '#stats/unit_costs'

/** The kommune's unit costs: its own where its admin set one, the default elsewhere. */
export async function unitCostsFor(kommune: Kommune | number): Promise<UnitCosts> {
  const rows = await KommuneUnitCost.query().withScopes((scopes) => scopes.forKommune(kommune))
  return withDefaults(rows)
}

/** Unit costs of many kommuner at once (peer comparison): one query. */
export async function unitCostsOf(kommuneIds: number[]) {
  const rows = kommuneIds.length ? await KommuneUnitCost.query().forKommuner(kommuneIds) : []
  const byKommune = new Map<number, KommuneUnitCost[]>()
  for (const row of rows)
    byKommune.set(row.kommuneId, [...(byKommune.get(row.kommuneId) ?? []), row])
  return new Map(kommuneIds.map((id) => [id, withDefaults(byKommune.get(id) ?? [])]))
}

function withDefaults(rows: KommuneUnitCost[]): UnitCosts {
  const costs = { ...DEFAULT_UNIT_COSTS }
  for (const row of rows) {
    if ((COST_CHANNELS as readonly string[]).includes(row.channel))
      costs[row.channel] = row.unitCost
  }
  return costs
}
