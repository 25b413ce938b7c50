import type { Group } from '@japa/runner/core'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import { drainQueue } from '#tests/helpers/queue'
import { publicCache } from '#portal/public_cache'
import { watchSearchIndex } from '#tests/helpers/search_index_guard'

/**
 * Each test runs inside a global transaction that is rolled back after it,
 * once the jobs it dispatched have finished (so no job writes into the next
 * test's transaction). What lives outside the database is put back too, so
 * no test depends on the order the suite runs in:
 * - the citizen page cache may hold pages built from the rolled-back rows;
 * - the search index was fed by the test's saves (what they touched is refreshed);
 * - every test talks from the same loopback address, so one test's requests
 *   must not count against the next test's rate limits.
 */
export function isolateEachTest(group: Group) {
  group.each.setup(async () => {
    const rollback = await testUtils.db().withGlobalTransaction()
    const touched = watchSearchIndex()
    await limiter.clear()
    return async () => {
      await drainQueue()
      await rollback()
      publicCache.invalidateAll()
      await touched.restore()
    }
  })
}
