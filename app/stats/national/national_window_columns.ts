/**
 * The national rollup's tables and periods, shared by the migration, the
 * writers and the page's reads (pure constants).
 */

/** Periods the national page offers, in days back from yesterday (inclusive). */
export const NATIONAL_PERIODS = [30, 90, 365] as const

/** (period_days, guide_id, kommune_id) → contacts in the window that ends on the state's as_of. */
export const NATIONAL_WINDOW_TABLE = 'national_guide_window'
/** period_days → as_of: the local day each window ends on. */
export const NATIONAL_WINDOW_STATE_TABLE = 'national_window_state'
