import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import env from '#start/env'
import BullmqQueue from '#queue/drivers/bullmq_queue'
import { JobRunner, type QueueConfig } from '#queue/job_runner'
import { QueueOutbox } from '#queue/outbox'
import ProbeJob, { probeRecords } from '#tests/fixtures/probe_jobs'
import { RedisServer, redisServerBinary } from '#tests/helpers/redis_server'

const REDIS_PORT = env.get('PORT') + 5

/**
 * Redis dies (SIGKILL, no persistence: everything it held is gone) while
 * jobs wait in it, more jobs are dispatched while it is down, then it comes
 * back empty. Every job still runs — once — because the database outbox
 * (docs/adr/0025) hands back what Redis lost.
 */
test.group('Faults: Redis lost while jobs are queued', (group) => {
  const binary = redisServerBinary()
  const redis = new RedisServer(REDIS_PORT)
  const prefix = `vv-faults-${process.pid}`
  const outbox = new QueueOutbox(prefix)
  let queue: BullmqQueue | null = null

  group.setup(() => {
    if (!binary) console.warn('\n!!! SKIPPED: redis-server is not installed (faults/redis)\n')
  })
  group.each.teardown(async () => {
    await queue?.close()
    await redis.kill()
    await outbox.clear()
  })

  test('no job is lost once Redis returns', async ({ assert }) => {
    const config: QueueConfig = {
      ...app.config.get<QueueConfig>('queue'),
      driver: 'bullmq',
      prefix,
      redis: { host: '127.0.0.1', port: REDIS_PORT },
      outbox: { sweepMs: 200, staleMs: 500, dispatchTimeoutMs: 300 },
      jobs: { [ProbeJob.jobName]: async () => ({ default: ProbeJob }) },
    }
    await redis.start()
    queue = new BullmqQueue(config, new JobRunner(config, app), logger)
    const tokens = Array.from({ length: 30 }, (_, i) => `redis-outage-${process.pid}-${i}`)

    // 20 jobs reach Redis; no worker runs yet.
    for (const token of tokens.slice(0, 20)) {
      await queue.dispatch(ProbeJob, { kommuneId: null, token, failTimes: 0 })
    }
    assert.equal(await waiting(queue), 20)

    await redis.kill()
    // 10 more while Redis is down: accepted (by the outbox) without failing or hanging.
    for (const token of tokens.slice(20)) {
      const started = Date.now()
      await queue.dispatch(ProbeJob, { kommuneId: null, token, failTimes: 0 })
      assert.isBelow(Date.now() - started, 2000, 'a dispatch waited too long for Redis')
    }
    assert.equal(await outbox.pending(), 30)

    await redis.start()
    // Redis came back without the 20 (at most an add caught in flight arrives
    // late): BullMQ alone would have lost them.
    await waitFor(() => queue!.health().then((health) => health.ok))
    assert.isBelow(await waiting(queue), 20)

    await queue.work()
    await waitFor(async () => tokens.every((token) => probeRecords.get(token)?.succeeded))
    await queue.idle(10_000)
    for (const token of tokens) {
      assert.lengthOf(probeRecords.get(token)!.attempts, 1, `${token} ran more than once`)
    }
    assert.equal(await outbox.pending(), 0)
  })
    .skip(!binary, 'redis-server is not installed')
    .timeout(60_000)
})

async function waiting(queue: BullmqQueue) {
  const health = await queue.health()
  return health.counts?.waiting ?? -1
}

async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await condition()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('condition not met in time')
}
