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
}

export type SearchConfig = typeof searchConfig
export default searchConfig
