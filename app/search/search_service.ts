import { inject } from '@adonisjs/core'
import Queue from '#queue/queue'
import SearchEngine, { type SearchQuery, type SearchResult } from '#search/search_engine'
import RecordSearchMissJob from '#jobs/record_search_miss_job'
import { maskCpr } from '#support/mask_cpr'

export type SearchContext = { kommuneId: number | null; audience: 'citizen' | 'staff' }

/**
 * What controllers call to search: the engine, plus recording what people
 * searched for and did not find (CPR-like numbers masked) for the editors.
 */
@inject()
export default class SearchService {
  constructor(
    private engine: SearchEngine,
    private queue: Queue
  ) {}

  async search(query: SearchQuery, context: SearchContext): Promise<SearchResult> {
    const safeQuery = { ...query, q: maskCpr(query.q) }
    const result = await this.engine.search(safeQuery)
    if (result.total === 0 && safeQuery.q.trim() && (query.offset ?? 0) === 0) {
      await this.recordMiss(safeQuery.q, context, 'zero', 0)
    }
    return result
  }

  /** A search whose results the person did not open (reported by the client). */
  async recordMiss(q: string, context: SearchContext, reason: 'zero' | 'no_click', hits: number) {
    const query = maskCpr(q).trim().slice(0, 200)
    if (!query) return
    await this.queue.dispatch(RecordSearchMissJob, {
      kommuneId: context.kommuneId,
      query,
      audience: context.audience,
      reason,
      hits,
    })
  }
}
