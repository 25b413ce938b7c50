import SearchMiss from '#models/search_miss'
import { Job, type JobPayload } from '#queue/job'

export type SearchMissPayload = JobPayload & {
  query: string
  audience: 'citizen' | 'staff'
  reason: 'zero' | 'no_click'
  hits: number
}

/** Stores a search nobody was helped by (the query is already CPR-masked). */
export default class RecordSearchMissJob extends Job<SearchMissPayload> {
  static jobName = 'search.record_miss'

  async handle(payload: SearchMissPayload) {
    await SearchMiss.create({
      kommuneId: payload.kommuneId,
      query: payload.query,
      audience: payload.audience,
      reason: payload.reason,
      hits: payload.hits,
    })
  }
}
