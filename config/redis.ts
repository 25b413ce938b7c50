import env from '#start/env'
import { defineConfig } from '@adonisjs/redis'
import type { InferConnections } from '@adonisjs/redis/types'

/**
 * Redis is optional: only the bullmq queue, the redis limiter store and the
 * health check use it. Connections are lazy so a machine without Redis
 * boots fine on the embedded defaults.
 *
 * Rate-limit counters live in a database of their own (`REDIS_LIMITER_DB`,
 * default 1): the limiter's `clear()` is a FLUSHDB, and clearing the limits
 * (an operator after an attack, each test) must never take queued jobs,
 * sessions or the cache bus with it.
 */
/**
 * Keep reconnecting (every 2 s at most) instead of giving up: a Redis
 * restart or failover must not leave sessions, limits and broadcasts broken
 * until the app is restarted. Lazy connections mean a machine without
 * Redis never starts trying.
 */
function reconnectForever(times: number) {
  return Math.min(times * 50, 2000)
}

const redisConfig = defineConfig({
  connection: 'main',
  connections: {
    main: {
      host: env.get('REDIS_HOST', '127.0.0.1'),
      port: env.get('REDIS_PORT', 6379),
      password: env.get('REDIS_PASSWORD')?.release(),
      db: 0,
      keyPrefix: '',
      lazyConnect: true,
      retryStrategy: reconnectForever,
    },
    limiter: {
      host: env.get('REDIS_HOST', '127.0.0.1'),
      port: env.get('REDIS_PORT', 6379),
      password: env.get('REDIS_PASSWORD')?.release(),
      db: env.get('REDIS_LIMITER_DB', 1),
      keyPrefix: '',
      lazyConnect: true,
      retryStrategy: reconnectForever,
    },
  },
})

export default redisConfig

declare module '@adonisjs/redis/types' {
  export interface RedisConnections extends InferConnections<typeof redisConfig> {}
}
