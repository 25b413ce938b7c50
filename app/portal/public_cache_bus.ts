import type { RedisService } from '@adonisjs/redis/types'

type RedisConnection = ReturnType<RedisService['connection']>
import type { Invalidation, PublicCache } from '#portal/public_cache'

const CHANNEL = 'vejviser:public-cache'

/**
 * Repeats cache invalidations on every app instance through Redis pub/sub
 * (`PUBLIC_CACHE_BUS=redis`). Each instance has a random id so it ignores
 * its own echo (it already applied the change locally).
 */
export class PublicCacheBus {
  #origin = Math.random().toString(36).slice(2)
  #redis: RedisConnection
  #cache: PublicCache

  constructor(redis: RedisConnection, cache: PublicCache) {
    this.#redis = redis
    this.#cache = cache
  }

  async start() {
    await new Promise<void>((resolve, reject) => {
      this.#redis.subscribe(CHANNEL, (message: string) => this.#receive(message), {
        onSubscription: () => resolve(),
        onError: reject,
      })
    })
    this.#cache.onInvalidate((invalidation) => {
      this.#redis
        .publish(CHANNEL, JSON.stringify({ origin: this.#origin, ...invalidation }))
        .catch(() => {
          // A lost invalidation would serve stale pages on other instances:
          // clear everything locally is not enough, so say it loudly.
          console.error('public cache: could not publish an invalidation')
        })
    })
  }

  /** Shutdown must not fail when the subscriber connection is already gone. */
  async stop() {
    try {
      await this.#redis.unsubscribe(CHANNEL)
    } catch {
      // Nothing left to unsubscribe from.
    }
  }

  #receive(message: string) {
    let parsed: (Invalidation & { origin?: string }) | null = null
    try {
      parsed = JSON.parse(message)
    } catch {
      return
    }
    if (!parsed || parsed.origin === this.#origin) return
    if (parsed.scope === 'all') this.#cache.apply({ scope: 'all' })
    else if (parsed.scope === 'kommune' && Number.isInteger(parsed.kommuneId)) {
      this.#cache.apply({ scope: 'kommune', kommuneId: parsed.kommuneId })
    }
  }
}
