import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

/** A contact about the same service area within this many days is a repeat. */
export const REPEAT_WINDOW_DAYS = 7

const TABLE = 'inquiry_contact_keys'
const MS_FORMAT = 'yyyy-MM-dd HH:mm:ss.SSS'

/**
 * Decides whether this contact repeats one from the last seven days (same
 * hashed citizen contact, same service area) and remembers it. Keys older
 * than the window are deleted on the way, so the table only ever holds the
 * last week of hashes.
 */
export async function markContact(
  trx: TransactionClientContract,
  input: { kommuneId: number; keyHash: string; serviceAreaId: number | null; at: DateTime }
) {
  const serviceAreaId = input.serviceAreaId ?? 0
  const key = {
    kommune_id: input.kommuneId,
    key_hash: input.keyHash,
    service_area_id: serviceAreaId,
  }
  const previous = await trx
    .from(TABLE)
    .forKommune(input.kommuneId)
    .where({ key_hash: input.keyHash, service_area_id: serviceAreaId })
    .first()
  const at = input.at.toUTC()
  const lastSeen = previous ? toDateTime(previous.last_seen_at) : null
  const repeat = lastSeen ? Math.abs(at.diff(lastSeen, 'days').days) <= REPEAT_WINDOW_DAYS : false
  const latest = lastSeen && lastSeen > at ? lastSeen : at
  // An upsert, not insert-or-update: two contacts racing must never fail
  // the inquiry (at worst one repeat flag is missed).
  await trx
    .table(TABLE)
    .insert({ ...key, last_seen_at: latest.toFormat(MS_FORMAT) })
    .onConflict(['kommune_id', 'key_hash', 'service_area_id'])
    .merge(['last_seen_at'])
  await purgeExpiredKeys(trx, input.kommuneId)
  return repeat
}

export async function purgeExpiredKeys(trx: TransactionClientContract, kommuneId: number) {
  const cutoff = DateTime.utc().minus({ days: REPEAT_WINDOW_DAYS, hours: 1 })
  await trx
    .from(TABLE)
    .forKommune(kommuneId)
    .where('last_seen_at', '<', cutoff.toFormat(MS_FORMAT))
    .delete()
}

function toDateTime(value: unknown) {
  if (value instanceof Date) return DateTime.fromJSDate(value, { zone: 'utc' })
  return DateTime.fromSQL(String(value), { zone: 'utc' })
}
