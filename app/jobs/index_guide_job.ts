import { Job, type JobPayload } from '#queue/job'
import { searchIndexer } from '#search/search_indexer'

/** Re-indexes one guide in every kommune that shows it (after a publish etc.). */
export default class IndexGuideJob extends Job<JobPayload & { guideId: number }> {
  static jobName = 'search.index_guide'

  async handle(payload: JobPayload & { guideId: number }) {
    await searchIndexer.refreshGuide(payload.guideId)
  }
}
