import { test } from '@japa/runner'
import { PublicCache } from '#portal/public_cache'

test.group('PublicCache', () => {
  test('computes once per key and kommune until invalidated', async ({ assert }) => {
    const cache = new PublicCache()
    let calls = 0
    const compute = async () => ++calls
    assert.equal(await cache.remember(1, 'view', compute), 1)
    assert.equal(await cache.remember(1, 'view', compute), 1)
    assert.equal(await cache.remember(2, 'view', compute), 2)
    cache.invalidateKommune(1)
    assert.equal(await cache.remember(1, 'view', compute), 3)
    assert.equal(await cache.remember(2, 'view', compute), 2, 'another kommune keeps its entry')
    cache.invalidateAll()
    assert.equal(await cache.remember(2, 'view', compute), 4)
  })

  test('concurrent misses share one computation', async ({ assert }) => {
    const cache = new PublicCache()
    let calls = 0
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++calls), 10))
    const values = await Promise.all([1, 2, 3].map(() => cache.remember(1, 'k', slow)))
    assert.deepEqual(values, [1, 1, 1])
  })

  test('a value computed across an invalidation is not kept', async ({ assert }) => {
    const cache = new PublicCache()
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const stale = cache.remember(1, 'k', async () => {
      await gate
      return 'old'
    })
    cache.invalidateKommune(1)
    release()
    assert.equal(await stale, 'old')
    assert.equal(await cache.remember(1, 'k', async () => 'new'), 'new')
  })

  test('failures are not cached', async ({ assert }) => {
    const cache = new PublicCache()
    await assert.rejects(() => cache.remember(1, 'k', async () => Promise.reject(new Error('db'))))
    assert.equal(await cache.remember(1, 'k', async () => 'ok'), 'ok')
  })

  test('local invalidations are announced (for the bus); applied ones are not', async ({
    assert,
  }) => {
    const cache = new PublicCache()
    const heard: unknown[] = []
    cache.onInvalidate((invalidation) => heard.push(invalidation))
    cache.invalidateKommune(7)
    cache.apply({ scope: 'all' })
    assert.deepEqual(heard, [{ scope: 'kommune', kommuneId: 7 }])
  })
})
