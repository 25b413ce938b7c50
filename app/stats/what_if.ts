import type { UnitCosts } from './unit_costs.js'

/**
 * The what-if panel's sum (pure, also run in the browser as the slider
 * moves): move `percent` % of a service area's yearly phone contacts to
 * chat or to self-service, and the kommune saves the difference in unit
 * cost per moved contact. Self-service is counted as free per use: the
 * digital solution's running costs are paid whether or not one more
 * citizen uses it. A negative saving (chat dearer than phone) is shown
 * as it is.
 */
export type WhatIfTarget = 'chat' | 'self_service'

export function whatIfSaving(input: {
  phoneContactsPerYear: number
  percent: number
  target: WhatIfTarget
  unitCosts: UnitCosts
}) {
  const percent = Math.min(100, Math.max(0, input.percent))
  const moved = (input.phoneContactsPerYear * percent) / 100
  const targetCost = input.target === 'chat' ? input.unitCosts.chat : 0
  const perContact = input.unitCosts.phone - targetCost
  return { moved, perContact, saving: moved * perContact }
}
