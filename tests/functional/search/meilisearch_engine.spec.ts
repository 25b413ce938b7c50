import { randomBytes } from 'node:crypto'
import { test } from '@japa/runner'
import MeilisearchEngine from '#search/drivers/meilisearch/meilisearch_engine'
import { registerSearchEngineContract } from '#tests/search/engine_contract'
import {
  MEILISEARCH_SKIP_REASON,
  meilisearchTestsEnabled,
  sharedMeilisearch,
} from '#tests/helpers/meilisearch_server'

/**
 * The shared search contract against a real Meilisearch (the pinned
 * binary, started for this run), each engine on an index of its own.
 */
if (meilisearchTestsEnabled()) {
  registerSearchEngineContract({
    name: 'meilisearch',
    async createEngine() {
      const server = await sharedMeilisearch()
      return new MeilisearchEngine({
        host: server.host,
        apiKey: server.key,
        indexPrefix: `contract_${randomBytes(4).toString('hex')}`,
      })
    },
  })
} else {
  test('Search engine contract (meilisearch)').skip(true, MEILISEARCH_SKIP_REASON)
}
