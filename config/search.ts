import env from '#start/env'
import app from '@adonisjs/core/services/app'

/**
 * Search driver: `embedded` (in-process MiniSearch, rebuilt from the
 * database at boot — the default) or `meilisearch` (a server; the index is
 * fed by jobs and rebuilt with `node ace search:reindex`).
 */
const searchConfig = {
  driver: env.get('SEARCH_DRIVER', 'embedded'),
  meilisearch: {
    host: env.get('MEILISEARCH_HOST', 'http://127.0.0.1:7700'),
    apiKey: env.get('MEILISEARCH_KEY')?.release(),
    indexPrefix: env.get('MEILISEARCH_INDEX_PREFIX', app.inTest ? 'vejviser_test' : 'vejviser'),
  },
  /**
   * Embedded engine on several processes: index changes published over
   * Redis so every web instance's in-memory index follows (see
   * app/search/search_index_bus.ts). On by default when jobs run in a
   * worker (QUEUE_DRIVER=bullmq); never needed with Meilisearch.
   */
  indexBus: {
    transport:
      env.get('SEARCH_INDEX_BUS') ??
      (env.get('SEARCH_DRIVER', 'embedded') === 'embedded' && env.get('QUEUE_DRIVER') === 'bullmq'
        ? 'redis'
        : 'none'),
    channel: `${env.get('QUEUE_PREFIX', app.inTest ? 'vejviser-test' : 'vejviser')}:search-index`,
  },
}

export type SearchConfig = typeof searchConfig
export default searchConfig
