import type { Group } from '@japa/runner/core'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import { drainQueue } from '#tests/helpers/queue'
import { publicCache } from '#portal/public_cache'
import { searchIndexer } from '#search/search_indexer'

/**
 * Each test runs inside a global transaction that is rolled back after it,
 * once the jobs it dispatched have finished (so no job writes into the next
 * test's transaction). What lives outside the database is put back too, so
 * no test depends on the order the suite runs in:
 * - the citizen page cache may hold pages built from the rolled-back rows;
 * - the search index was fed by the test's saves (rebuilt only when touched);
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
      if (touched.stop()) await searchIndexer.rebuild()
    }
  })
}

type IndexWrite = 'refreshGuide' | 'refreshKommune' | 'applySynonyms'
const INDEX_WRITES: IndexWrite[] = ['refreshGuide', 'refreshKommune', 'applySynonyms']

/** Notes whether the test wrote to the search index; `stop()` restores and tells. */
function watchSearchIndex() {
  let touched = false
  const originals = INDEX_WRITES.map((name) => [name, searchIndexer[name]] as const)
  for (const [name, original] of originals) {
    ;(searchIndexer as any)[name] = (...args: unknown[]) => {
      touched = true
      return (original as any).apply(searchIndexer, args)
    }
  }
  return {
    stop() {
      for (const [name, original] of originals) (searchIndexer as any)[name] = original
      return touched
    },
  }
}
