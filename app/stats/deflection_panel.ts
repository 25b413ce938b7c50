import { DateTime } from 'luxon'
import { deflectionFigures, type DeflectionFigures } from '#stats/deflection'
import type { Period } from '#stats/period'
import type { DeflectionDto, DeflectionStep } from '#stats/dashboard_types'

const STEPS: DeflectionStep[] = ['asked', 'guideOpened', 'helpful', 'chatFollowed', 'deflected']

/**
 * The dashboard's deflection panel: widget sessions in which a citizen asked
 * to chat, what they did with the guides shown first, and how many found the
 * answer instead of chatting (definitions in app/stats/deflection.ts). The
 * period is the dashboard's, in the kommune's local days; the previous period
 * beside it. The service-area and channel filters do not apply: a widget
 * session has neither before it becomes a chat (the page says so).
 */
export async function deflectionPanel(
  kommuneId: number,
  timezone: string,
  period: Period,
  previous: Period
): Promise<DeflectionDto> {
  const [now, before] = await Promise.all([
    deflectionFigures(kommuneId, localDays(period, timezone)),
    deflectionFigures(kommuneId, localDays(previous, timezone)),
  ])
  return {
    // Null, not 0 %, when nobody asked: the dashboard's rule for empty denominators.
    rate: now.asked ? now.deflectionRate : null,
    previousRate: before.asked ? before.deflectionRate : null,
    estimatedSaving: now.estimatedSaving,
    unitCost: now.unitCost,
    unitCostIsDefault: now.unitCostIsDefault,
    rows: STEPS.map((step) => ({
      step,
      sessions: now[step],
      share: now.asked ? now[step] / now.asked : null,
      previous: before[step],
    })),
  }
}

/** [first local midnight, the midnight after the last day) of an inclusive day period. */
function localDays(period: Period, timezone: string) {
  const from = DateTime.fromISO(period.from, { zone: timezone }).startOf('day')
  const to = DateTime.fromISO(period.to, { zone: timezone }).startOf('day').plus({ days: 1 })
  return { from, to }
}

export type { DeflectionFigures }
