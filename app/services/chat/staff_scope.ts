import Membership from '#models/membership'

/** Roles that answer citizens (admins can do what their staff do). */
export const ANSWERING_ROLES = ['staff', 'admin'] as const

/**
 * The kommuner a user answers conversations for: every kommune where they
 * hold a staff or admin membership (a shared hotline serves several).
 */
export async function servedKommuneIds(userId: number): Promise<number[]> {
  const rows = await Membership.query()
    .where('user_id', userId)
    .whereIn('role', [...ANSWERING_ROLES])
    .whereNotNull('kommune_id')
    .select('kommune_id')
  return [...new Set(rows.map((row) => row.kommuneId!))]
}

export async function servesKommune(userId: number, kommuneId: number) {
  const row = await Membership.query()
    .where('user_id', userId)
    .forKommune(kommuneId)
    .whereIn('role', [...ANSWERING_ROLES])
    .first()
  return row !== null
}
