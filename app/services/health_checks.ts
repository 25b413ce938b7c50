import { BaseCheck, HealthChecks, Result } from '@adonisjs/core/health'
import app from '@adonisjs/core/services/app'
import { DbCheck } from '@adonisjs/lucid/database'
import db from '@adonisjs/lucid/services/db'
import Queue from '#queue/queue'

/**
 * The queue is healthy when its driver answers (bullmq: Redis reachable).
 */
class QueueCheck extends BaseCheck {
  name = 'Queue'

  async run() {
    const queue = await app.container.make(Queue)
    const health = await queue.health()
    const meta = { driver: health.driver, counts: health.counts }
    return health.ok
      ? Result.ok(`${health.driver} queue is reachable`).mergeMetaData(meta)
      : Result.failed(health.message ?? `${health.driver} queue is unreachable`).mergeMetaData(meta)
  }
}

/**
 * Redis answers PING within two seconds. (The packaged RedisCheck treats a
 * lazily-connected, still idle connection as down.)
 */
class RedisPingCheck extends BaseCheck {
  name = 'Redis'

  async run() {
    const { default: redis } = await import('@adonisjs/redis/services/main')
    try {
      const reply = await Promise.race([
        redis.connection().ping(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), 2000)),
      ])
      return Result.ok(`Redis answered ${reply}`)
    } catch (error) {
      return Result.failed(`Redis did not answer: ${(error as Error).message}`, error as Error)
    }
  }
}

/**
 * What /health reports to load balancers: database, Redis when the app is
 * configured to use it, and the queue.
 */
export async function buildHealthChecks(usesRedis: boolean) {
  const checks = new HealthChecks().register([new DbCheck(db.connection()), new QueueCheck()])
  if (usesRedis) checks.append([new RedisPingCheck()])
  return checks
}
