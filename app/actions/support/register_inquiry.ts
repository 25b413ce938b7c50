import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import type Kommune from '#models/kommune'
import type { InquiryChannel, InquiryOutcome } from '#models/inquiry'
import RecordInquiry from '#actions/stats/record_inquiry'
import ServiceArea from '#models/service_area'
import { mergedGuides } from '#knowledge/merged_guide_service'

export type InquiryInput = {
  guideId: number | null
  serviceArea: string | null
  channel: InquiryChannel
  outcome: InquiryOutcome
  startedAt: Date
}

/** Longest plausible handle time; anything beyond is a forgotten tab. */
const MAX_HANDLE_SECONDS = 4 * 3600

/**
 * Registers one citizen contact from the support view (a phone call, a
 * visit at the desk, …). The guide must be one the kommune can see; start
 * is clamped to the last four hours and never after now, so a wrong client
 * clock cannot poison the statistics. Staff open the guide while already
 * talking to the citizen, so the contact is answered when it starts and
 * its queue time is unknown (null, not a flattering zero).
 */
@inject()
export default class RegisterInquiry {
  constructor(private record: RecordInquiry) {}

  async handle(kommune: Kommune, userId: number, input: InquiryInput) {
    const guide = input.guideId
      ? await mergedGuides.findById(kommune, input.guideId, 'staff')
      : null
    if (input.guideId && !guide) return null
    const areaSlug = input.serviceArea ?? guide?.serviceArea?.slug ?? null
    const area = areaSlug ? await ServiceArea.findBy('slug', areaSlug) : null
    const endedAt = DateTime.utc()
    const earliest = endedAt.minus({ seconds: MAX_HANDLE_SECONDS })
    let startedAt = DateTime.fromJSDate(input.startedAt, { zone: 'utc' })
    if (startedAt > endedAt) startedAt = endedAt
    if (startedAt < earliest) startedAt = earliest
    return this.record.handle(kommune, {
      userId,
      guideId: guide?.id ?? null,
      serviceAreaId: area?.id ?? null,
      channel: input.channel,
      outcome: input.outcome,
      source: 'support_view',
      startedAt,
      answeredAt: startedAt,
      endedAt,
      waitSeconds: null,
    })
  }
}
