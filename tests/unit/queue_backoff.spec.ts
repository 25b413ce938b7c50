import { test } from '@japa/runner'
import { backoffDelay } from '#queue/job'

test.group('Queue retry policy', () => {
  test('backoff doubles after each failure', ({ assert }) => {
    const policy = { attempts: 5, backoffMs: 1000 }
    assert.deepEqual(
      [1, 2, 3, 4].map((failures) => backoffDelay(policy, failures)),
      [1000, 2000, 4000, 8000]
    )
  })
})
