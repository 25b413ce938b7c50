import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import WidgetSession from '#models/widget_session'
import RecordInquiry, { type InquiryFacts } from '#actions/stats/record_inquiry'
import type Kommune from '#models/kommune'
import { drainQueue } from '#tests/helpers/queue'

/**
 * Registers inquiries the way every channel does (RecordInquiry), then lets
 * the queued rollup jobs run, so tests read what a dashboard would.
 */
export async function recordInquiries(kommune: Kommune, list: Partial<InquiryFacts>[]) {
  const action = await app.container.make(RecordInquiry)
  for (const facts of list) {
    const startedAt = facts.startedAt ?? DateTime.utc().minus({ hours: 1 })
    await action.handle(kommune, {
      channel: 'phone',
      source: 'support_view',
      outcome: 'answered',
      serviceAreaId: null,
      guideId: null,
      userId: null,
      answeredAt: startedAt.plus({ seconds: 45 }),
      endedAt: startedAt.plus({ minutes: 5, seconds: 45 }),
      ...facts,
      startedAt,
    })
  }
  await drainQueue()
}

export type WidgetSteps = {
  asked: boolean
  guideOpened: boolean
  helpful: boolean
  chatStarted: boolean
}

/** Widget sessions as the widget leaves them, `daysAgo` local days back at 10:00 in Copenhagen. */
export async function widgetSessions(kommune: Kommune, daysAgo: number, list: WidgetSteps[]) {
  const at = DateTime.now().setZone('Europe/Copenhagen').minus({ days: daysAgo }).set({ hour: 10 })
  for (const steps of list) {
    const row = await WidgetSession.create({
      kommuneId: kommune.id,
      sessionKey: `k${kommune.id}-d${daysAgo}-${Math.random().toString(36).slice(2, 14)}`,
      ...steps,
    })
    // created_at is stamped on insert; move it to the day the fixture is about.
    await db
      .from('widget_sessions')
      .where('id', row.id)
      .update({ created_at: at.toUTC().toFormat('yyyy-MM-dd HH:mm:ss.SSS') })
  }
}

/** Shorthand for one session's steps, in the widget's order. */
export const steps = (asked: boolean, opened: boolean, helpful: boolean, chat: boolean) => ({
  asked,
  guideOpened: opened,
  helpful,
  chatStarted: chat,
})
