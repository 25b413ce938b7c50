import { test } from '@japa/runner'
import { ChannelSendError } from '#channel_kit'
import { backoffDelay, MAX_RETRY_AFTER_MS } from '#queue/job'

test.group('Queue retry policy', () => {
  test('backoff doubles after each failure', ({ assert }) => {
    const policy = { attempts: 5, backoffMs: 1000 }
    assert.deepEqual(
      [1, 2, 3, 4].map((failures) => backoffDelay(policy, failures)),
      [1000, 2000, 4000, 8000]
    )
  })

  test("a failure's Retry-After wins over a shorter backoff, capped at an hour", ({ assert }) => {
    const policy = { attempts: 5, backoffMs: 1000 }
    const limited = ChannelSendError.fromStatus(429, 'slow down', { retryAfter: '30' })
    assert.equal(backoffDelay(policy, 1, limited), 30_000)
    assert.equal(backoffDelay(policy, 6, limited), 32_000, 'a longer backoff stays')
    const shortWait = ChannelSendError.fromStatus(503, 'down', { retryAfter: '0' })
    assert.equal(backoffDelay(policy, 2, shortWait), 2000)
    const day = ChannelSendError.fromStatus(503, 'down', { retryAfter: '86400' })
    assert.equal(backoffDelay(policy, 1, day), MAX_RETRY_AFTER_MS)
    assert.equal(backoffDelay(policy, 1, new Error('plain')), 1000)
  })
})
