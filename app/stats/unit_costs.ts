/**
 * What one contact costs the kommune, per channel, in kroner. Pure (no
 * server imports): the dashboard's what-if panel uses it in the browser.
 *
 * Defaults when a kommune's admin has not set its own: phone 40 kr and chat
 * 11 kr are the figures management quotes (issue 12); the others are
 * placeholders in the same spirit — a callback costs a call plus the
 * scheduling, a visit at the desk the most, a written answer in between,
 * an SMS little. Each kommune should set its own (admin → unit costs).
 */
export const COST_CHANNELS = ['phone', 'in_person', 'chat', 'email', 'sms', 'callback'] as const
export type CostChannel = (typeof COST_CHANNELS)[number]
export type UnitCosts = Record<CostChannel, number>

export const DEFAULT_UNIT_COSTS: UnitCosts = {
  phone: 40,
  in_person: 80,
  chat: 11,
  email: 20,
  sms: 6,
  callback: 45,
}

/** Highest unit cost the admin form accepts (kroner); above is surely a typo. */
export const MAX_UNIT_COST = 10_000
