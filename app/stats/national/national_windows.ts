import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { GUIDE_DAILY_TABLE } from '#stats/rollup_columns'
import {
  NATIONAL_PERIODS,
  NATIONAL_WINDOW_STATE_TABLE,
  NATIONAL_WINDOW_TABLE,
} from '#stats/national/national_window_columns'

/** A guide contact count for one (kommune, local day, guide), as the guide rollup holds it. */
export type GuideCount = { kommune_id: number; day: string; guide_id: number; contacts: number }
type State = { period_days: number; as_of: string | null }

/**
 * The national rollup (docs/adr/0070): for each period the national page
 * offers, the contacts per (guide, kommune) in the window ending on the
 * state's `as_of` (yesterday in Copenhagen). Three paths keep it equal to a
 * recomputation from the guide rollup:
 * - new facts (`addToWindows`, in the same transaction as the daily rollups)
 *   are added to every window whose days include theirs;
 * - a new day (`refreshNationalWindows`) slides each window: the days that
 *   left are subtracted and the days that entered added, from the daily
 *   guide rollup (a window that fell far behind is recomputed);
 * - rebuilds reset the windows or recompute one kommune's rows.
 * The state rows are the lock: writers read them shared, the slide takes
 * them exclusively, so a fact is counted by exactly one of the two.
 */
export function nationalYesterday(now = DateTime.now()) {
  return now.setZone('Europe/Copenhagen').startOf('day').minus({ days: 1 }).toISODate()!
}

/** First day of a window of `days` days ending on `asOf` (both inclusive). */
export function windowStart(asOf: string, days: number) {
  return shift(asOf, -(days - 1))
}

function shift(day: string, days: number) {
  return DateTime.fromISO(day, { zone: 'utc' }).plus({ days }).toISODate()!
}

async function states(client: QueryClientContract, lock: 'share' | 'update' | null) {
  const query = client.from(NATIONAL_WINDOW_STATE_TABLE).select('period_days', 'as_of')
  // SQLite has one writer at a time already (and knex warns on row locks there).
  if (client.dialect.name === 'mysql' && lock === 'share') query.forShare()
  if (client.dialect.name === 'mysql' && lock === 'update') query.forUpdate()
  const rows = (await query) as State[]
  return rows.map((row) => ({ period_days: Number(row.period_days), as_of: row.as_of ?? null }))
}

/**
 * The windows' state, locked shared for a writer's transaction. Taken before
 * the writer touches any rollup row: the slide locks the state first and then
 * reads rollup rows, so the same order here leaves no lock cycle.
 */
export function windowStatesForWriting(client: QueryClientContract) {
  return states(client, 'share')
}

/** Adds new guide contacts to every current window that covers their day. */
export async function addToWindows(
  client: QueryClientContract,
  counts: GuideCount[],
  current: State[]
) {
  if (counts.length === 0) return
  const sums = new Map<string, { key: Record<string, number>; contacts: number }>()
  for (const state of current) {
    if (!state.as_of) continue
    const from = windowStart(state.as_of, state.period_days)
    for (const count of counts) {
      if (count.day < from || count.day > state.as_of) continue
      const key = {
        period_days: state.period_days,
        guide_id: Number(count.guide_id),
        kommune_id: Number(count.kommune_id),
      }
      const id = Object.values(key).join('|')
      const entry = sums.get(id) ?? { key, contacts: 0 }
      entry.contacts += count.contacts
      sums.set(id, entry)
    }
  }
  for (const { key, contacts } of sums.values()) {
    await client.rawQuery(
      `INSERT INTO ${NATIONAL_WINDOW_TABLE} (period_days, guide_id, kommune_id, contacts)
       VALUES (?, ?, ?, ?) ${addOnConflict(client)}`,
      [key.period_days, key.guide_id, key.kommune_id, contacts]
    )
  }
}

/**
 * Moves every window to end on `asOf` (the new-day step). Cheap when they
 * already do: one read of three rows. The national page calls it before
 * reading; the full rebuild calls it when done.
 */
export async function refreshNationalWindows(asOf = nationalYesterday()) {
  const current = await states(db.connection(), null)
  const upToDate = NATIONAL_PERIODS.every(
    (days) => current.find((state) => state.period_days === days)?.as_of === asOf
  )
  if (upToDate) return false
  await db.transaction(async (trx) => {
    const locked = await states(trx, 'update')
    for (const days of NATIONAL_PERIODS) {
      const state = locked.find((row) => row.period_days === days)
      if (state?.as_of === asOf) continue
      await slide(trx, days, state?.as_of ?? null, asOf)
      if (state) {
        await trx
          .from(NATIONAL_WINDOW_STATE_TABLE)
          .where('period_days', days)
          .update({ as_of: asOf })
      } else {
        await trx.table(NATIONAL_WINDOW_STATE_TABLE).insert({ period_days: days, as_of: asOf })
      }
    }
  })
  return true
}

async function slide(client: QueryClientContract, days: number, from: string | null, to: string) {
  const gap = from === null ? Number.POSITIVE_INFINITY : daysBetween(from, to)
  if (gap < 0 || gap >= days) {
    await client.from(NATIONAL_WINDOW_TABLE).where('period_days', days).delete()
    await addDays(client, days, windowStart(to, days), to, 1)
    return
  }
  await addDays(client, days, windowStart(from!, days), shift(windowStart(to, days), -1), -1)
  await addDays(client, days, shift(from!, 1), to, 1)
  await client
    .from(NATIONAL_WINDOW_TABLE)
    .where('period_days', days)
    .where('contacts', '<=', 0)
    .delete()
}

function daysBetween(from: string, to: string) {
  const parse = (day: string) => DateTime.fromISO(day, { zone: 'utc' })
  return Math.round(parse(to).diff(parse(from), 'days').days)
}

/** window += sign × the guide rollup's days [first, last] (one kommune, or all). */
async function addDays(
  client: QueryClientContract,
  days: number,
  first: string,
  last: string,
  sign: 1 | -1,
  kommuneId?: number
) {
  if (first > last) return
  const onlyKommune = kommuneId === undefined ? '' : 'AND kommune_id = ?'
  await client.rawQuery(
    `INSERT INTO ${NATIONAL_WINDOW_TABLE} (period_days, guide_id, kommune_id, contacts)
     SELECT ?, guide_id, kommune_id, ${sign} * SUM(contacts) FROM ${GUIDE_DAILY_TABLE}
     WHERE day >= ? AND day <= ? ${onlyKommune} GROUP BY guide_id, kommune_id
     ${addOnConflict(client)}`,
    [days, first, last, ...(kommuneId === undefined ? [] : [kommuneId])]
  )
}

function addOnConflict(client: QueryClientContract) {
  const table = NATIONAL_WINDOW_TABLE
  return client.dialect.name === 'mysql'
    ? `ON DUPLICATE KEY UPDATE ${table}.contacts = ${table}.contacts + VALUES(contacts)`
    : `ON CONFLICT (period_days, guide_id, kommune_id)
       DO UPDATE SET contacts = ${table}.contacts + excluded.contacts`
}

/** The full rebuild empties the windows; the next refresh recomputes them. */
export async function resetNationalWindows(client: QueryClientContract) {
  await states(client, 'update')
  await client.from(NATIONAL_WINDOW_TABLE).delete()
  await client.from(NATIONAL_WINDOW_STATE_TABLE).update({ as_of: null })
}

/** Locks the windows' state exclusively (a rebuild's first step, before it touches rollup rows). */
export async function lockNationalWindows(client: QueryClientContract) {
  await states(client, 'update')
}

/** One kommune's guide rollup was rebuilt: recompute its rows in every current window. */
export async function recomputeKommuneWindows(client: QueryClientContract, kommuneId: number) {
  for (const state of await states(client, 'update')) {
    await client
      .from(NATIONAL_WINDOW_TABLE)
      .forKommune(kommuneId)
      .where('period_days', state.period_days)
      .delete()
    if (!state.as_of) continue
    const first = windowStart(state.as_of, state.period_days)
    await addDays(client, state.period_days, first, state.as_of, 1, kommuneId)
  }
}
