import { Job, type JobPayload } from '#queue/job'
import { rollUpInquiry } from '#stats/rollup_incremental'

export type RollupInquiryPayload = JobPayload & { kommuneId: number; inquiryId: number }

/** Adds a just-recorded inquiry to the daily aggregates (idempotent). */
export default class RollupInquiryJob extends Job<RollupInquiryPayload> {
  static jobName = 'stats.rollup_inquiry'

  async handle(payload: RollupInquiryPayload) {
    await rollUpInquiry(payload.kommuneId, payload.inquiryId)
  }
}
