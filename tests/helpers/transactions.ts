import type { Group } from '@japa/runner/core'
import testUtils from '@adonisjs/core/services/test_utils'
import { drainQueue } from '#tests/helpers/queue'
import { publicCache } from '#portal/public_cache'

/**
 * Each test runs inside a global transaction that is rolled back after it,
 * once the jobs it dispatched have finished (so no job writes into the next
 * test's transaction). The citizen page cache is emptied after the rollback:
 * it may hold pages built from the rolled-back rows.
 */
export function isolateEachTest(group: Group) {
  group.each.setup(async () => {
    const rollback = await testUtils.db().withGlobalTransaction()
    return async () => {
      await drainQueue()
      await rollback()
      publicCache.invalidateAll()
    }
  })
}
