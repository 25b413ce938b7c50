import { Job, type JobPayload } from '#queue/job'
import { searchIndexer } from '#search/search_indexer'

/** Re-indexes all of one kommune's documents (supplement, policy, own article changed). */
export default class IndexKommuneJob extends Job<JobPayload & { kommuneId: number }> {
  static jobName = 'search.index_kommune'

  async handle(payload: JobPayload & { kommuneId: number }) {
    await searchIndexer.refreshKommune(payload.kommuneId)
  }
}
