import db from '@adonisjs/lucid/services/db'
import { DEFAULT_UNIT_COSTS } from '#stats/unit_costs'
import type { DateTime } from 'luxon'

/**
 * Deflection before chat (issue 17), from `widget_sessions`. Definitions:
 *
 * - `asked`: widget sessions in which the citizen pressed "chat with us"
 *   and was shown matching guides first — the citizens who wanted a chat.
 * - `deflected`: of those, the sessions where the citizen said a guide
 *   answered the question and no chat followed. Conservative on purpose:
 *   a session that simply ended without an answer is not counted, because
 *   we cannot tell a citizen who found the answer from one who gave up.
 * - `deflectionRate`: deflected / asked (0 when nobody asked).
 * - `estimatedSaving`: deflected × the kommune's chat unit cost
 *   (`kommune_unit_costs`, channel 'chat'; DEFAULT_CHAT_UNIT_COST kr when
 *   the kommune has not set one).
 * - `guideOpened` / `helpful` / `chatFollowed`: sessions with that step,
 *   among the asked ones, for the funnel.
 */
export type DeflectionFigures = {
  asked: number
  guideOpened: number
  helpful: number
  chatFollowed: number
  deflected: number
  deflectionRate: number
  unitCost: number
  unitCostIsDefault: boolean
  estimatedSaving: number
}

/** The chat unit cost when the kommune has set none (the dashboard's default, app/stats/unit_costs.ts). */
export const DEFAULT_CHAT_UNIT_COST = DEFAULT_UNIT_COSTS.chat

export type Period = { from: DateTime; to: DateTime }

export async function deflectionFigures(
  kommuneId: number,
  period: Period
): Promise<DeflectionFigures> {
  const format = (value: DateTime) => value.toUTC().toFormat('yyyy-MM-dd HH:mm:ss.SSS')
  const [row] = await db
    .from('widget_sessions')
    .forKommune(kommuneId)
    .where('asked', 1)
    .where('created_at', '>=', format(period.from))
    .where('created_at', '<', format(period.to))
    .select(
      db.raw('count(*) as asked'),
      db.raw('sum(case when guide_opened then 1 else 0 end) as guide_opened'),
      db.raw('sum(case when helpful then 1 else 0 end) as helpful'),
      db.raw('sum(case when chat_started then 1 else 0 end) as chat_followed'),
      db.raw('sum(case when helpful and not chat_started then 1 else 0 end) as deflected')
    )
  const cost = await chatUnitCost(kommuneId)
  const asked = Number(row?.asked ?? 0)
  const deflected = Number(row?.deflected ?? 0)
  return {
    asked,
    guideOpened: Number(row?.guide_opened ?? 0),
    helpful: Number(row?.helpful ?? 0),
    chatFollowed: Number(row?.chat_followed ?? 0),
    deflected,
    deflectionRate: asked ? deflected / asked : 0,
    unitCost: cost ?? DEFAULT_CHAT_UNIT_COST,
    unitCostIsDefault: cost === null,
    estimatedSaving: Math.round(deflected * (cost ?? DEFAULT_CHAT_UNIT_COST) * 100) / 100,
  }
}

/** The kommune's own cost of one chat, or null when it has set none. */
async function chatUnitCost(kommuneId: number): Promise<number | null> {
  const row = await db
    .from('kommune_unit_costs')
    .forKommune(kommuneId)
    .where('channel', 'chat')
    .select('unit_cost')
    .first()
  const value = row ? Number.parseFloat(String(row.unit_cost)) : Number.NaN
  return Number.isFinite(value) ? value : null
}
