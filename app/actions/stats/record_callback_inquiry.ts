import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import type CallbackRequest from '#models/callback_request'
import type Kommune from '#models/kommune'
import RecordInquiry from '#actions/stats/record_inquiry'

/**
 * A callback request that has finished becomes one inquiry. The citizen
 * waited from the later of asking and the start of the window they chose
 * until a colleague claimed the call; the call lasted from the claim until
 * the outcome was recorded. A cancelled request is a contact nobody
 * resolved. Calls that did not reach the citizen are not inquiries yet:
 * the request goes back in the queue.
 */
@inject()
export default class RecordCallbackInquiry {
  constructor(private record: RecordInquiry) {}

  async handle(kommune: Kommune, request: CallbackRequest, userId: number) {
    await request.refresh()
    if (request.status !== 'done' && request.status !== 'cancelled') return null
    const endedAt = DateTime.utc()
    const reached = request.status === 'done' && request.claimedAt !== null
    const wantedFrom =
      request.windowStart > request.createdAt ? request.windowStart : request.createdAt
    const answeredAt = reached ? request.claimedAt : null
    return this.record.handle(kommune, {
      channel: 'callback',
      source: 'callback',
      outcome: reached ? 'answered' : 'not_resolved',
      serviceAreaId: request.serviceAreaId,
      guideId: null,
      userId,
      startedAt: request.createdAt,
      answeredAt,
      firstResponseAt: answeredAt,
      endedAt,
      waitSeconds: answeredAt
        ? Math.max(0, Math.round(answeredAt.diff(wantedFrom, 'seconds').seconds))
        : null,
      contactKey: request.phone,
    })
  }
}
