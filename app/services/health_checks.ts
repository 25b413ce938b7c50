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
 * What /health reports to load balancers: database, Redis when the app is
 * configured to use it, and the queue.
 */
export async function buildHealthChecks(usesRedis: boolean) {
  const checks = new HealthChecks().register([new DbCheck(db.connection()), new QueueCheck()])
  if (usesRedis) {
    const { RedisCheck } = await import('@adonisjs/redis')
    const { default: redis } = await import('@adonisjs/redis/services/main')
    checks.append([new RedisCheck(redis.connection())])
  }
  return checks
}
