import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
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
