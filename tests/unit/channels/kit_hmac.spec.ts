import { createHmac } from 'node:crypto'
import { test } from '@japa/runner'
import { hmacDigest, headerValue, safeEqual, timestampFresh, verifyHmac } from '#channel_kit'

const SECRET = 'provider-secret-0042'

test.group('Kit HMAC helpers', () => {
  test('hmacDigest equals node:crypto over the joined parts, in hex and base64', ({ assert }) => {
    const body = Buffer.from('{"id":1}')
    const mac = () => createHmac('sha256', SECRET).update('1700000000.').update(body)
    assert.equal(hmacDigest('sha256', SECRET, ['1700000000.', body]), mac().digest('hex'))
    const base64 = hmacDigest('sha256', SECRET, ['1700000000.', body], 'base64')
    assert.equal(base64, mac().digest('base64'))
  })

  test('verifyHmac accepts the right signature and refuses every wrong one', ({ assert }) => {
    const parts = ['t:', Buffer.from('body')]
    const good = `sha256=${hmacDigest('sha256', SECRET, parts)}`
    const check = (signature: string | undefined, secret = SECRET) =>
      verifyHmac({ algorithm: 'sha256', secret, parts, signature, prefix: 'sha256=' })
    assert.isTrue(check(good))
    assert.isFalse(check(good, `${SECRET}x`))
    assert.isFalse(check(good.replace('sha256=', 'sha1=')))
    assert.isFalse(check(`${good.slice(0, -1)}0`))
    assert.isFalse(check(undefined))
    assert.isFalse(check('sha256=zz'))
  })

  test('safeEqual, headerValue and timestampFresh', ({ assert }) => {
    assert.isTrue(safeEqual('abc', 'abc'))
    assert.isFalse(safeEqual('abc', 'abcd'))
    assert.equal(headerValue({ 'x-kvik-signature': ['a', 'b'] }, 'X-Kvik-Signature'), 'a')
    assert.isUndefined(headerValue({}, 'x'))
    const now = new Date('2026-12-03T12:00:00Z')
    const seconds = now.getTime() / 1000
    assert.isTrue(timestampFresh(seconds - 299, 300, now))
    assert.isTrue(timestampFresh(String((seconds - 10) * 1000), 300, now))
    assert.isFalse(timestampFresh(seconds - 301, 300, now))
    assert.isFalse(timestampFresh('yesterday', 300, now))
    assert.isFalse(timestampFresh(undefined, 300, now))
  })
})
