import { test } from '@japa/runner'
import { ChannelSendError, parseRetryAfter } from '#channel_kit'

test.group('Channel kit: provider errors', () => {
  test('HTTP {status} is {kind}')
    .with([
      { status: 400, kind: 'permanent' },
      { status: 401, kind: 'permanent' },
      { status: 404, kind: 'permanent' },
      { status: 422, kind: 'permanent' },
      { status: 408, kind: 'temporary' },
      { status: 429, kind: 'temporary' },
      { status: 500, kind: 'temporary' },
      { status: 503, kind: 'temporary' },
    ])
    .run(({ assert }, row) => {
      const error = ChannelSendError.fromStatus(row.status, `answered ${row.status}`)
      assert.equal(error.retryable, row.kind === 'temporary')
      assert.equal(error.status, row.status)
      assert.isNull(error.retryAfterMs)
    })

  test('Retry-After in seconds or as an HTTP date becomes the wait', ({ assert }) => {
    const now = new Date('2026-12-03T12:00:00Z')
    assert.equal(parseRetryAfter('120', now), 120_000)
    assert.equal(parseRetryAfter(' 0 ', now), 0)
    assert.equal(parseRetryAfter('Thu, 03 Dec 2026 12:00:30 GMT', now), 30_000)
    assert.equal(parseRetryAfter('Thu, 03 Dec 2026 11:00:00 GMT', now), 0, 'a past date: now')
    for (const junk of ['', 'soon', '-5', '1.5', '12abc', null, undefined]) {
      assert.isNull(parseRetryAfter(junk, now), `"${junk}"`)
    }
    const limited = ChannelSendError.fromStatus(429, 'slow down', { retryAfter: '7' })
    assert.deepInclude(limited, { retryable: true, retryAfterMs: 7000, status: 429 })
    const down = ChannelSendError.fromStatus(503, 'down', {
      retryAfter: 'Thu, 03 Dec 2026 12:01:00 GMT',
      now,
    })
    assert.equal(down.retryAfterMs, 60_000)
  })

  test('a permanent failure carries no wait; fromResponse reads status and header', ({
    assert,
  }) => {
    const refused = ChannelSendError.fromStatus(400, 'bad recipient', { retryAfter: '30' })
    assert.isFalse(refused.retryable)
    assert.isNull(refused.retryAfterMs, 'waiting cannot help a permanent refusal')

    const response = new Response('{}', { status: 429, headers: { 'Retry-After': '3' } })
    const error = ChannelSendError.fromResponse(response, 'Provider answered 429')
    assert.instanceOf(error, ChannelSendError)
    assert.deepInclude(error, { retryable: true, status: 429, retryAfterMs: 3000 })
    assert.equal(error.message, 'Provider answered 429')
    const timeout = ChannelSendError.fromResponse(new Response(null, { status: 408 }), 'timeout')
    assert.deepInclude(timeout, { retryable: true, retryAfterMs: null })
  })
})
