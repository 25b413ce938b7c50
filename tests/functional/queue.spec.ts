import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import Queue from '#queue/queue'
import type { QueueConfig } from '#queue/job_runner'
import ProbeJob, { InjectedProbeJob, probeRecords } from '#tests/fixtures/probe_jobs'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { isolateEachTest } from '#tests/helpers/transactions'

/**
 * The queue contract, against the configured driver: inline by default,
 * BullMQ on Redis in CI's second pass (QUEUE_DRIVER=bullmq).
 */
test.group('Queue contract', (group) => {
  isolateEachTest(group)

  group.setup(() => {
    const jobs = app.config.get<QueueConfig>('queue').jobs
    jobs[ProbeJob.jobName] = async () => ({ default: ProbeJob })
    jobs[InjectedProbeJob.jobName] = async () => ({ default: InjectedProbeJob })
  })

  test('a job runs inside the tenant of its payload', async ({ assert }) => {
    const queue = await app.container.make(Queue)
    const soroe = await kommuneByCode(SOROE)
    const token = randomUUID()
    await queue.dispatch(InjectedProbeJob, { kommuneId: soroe.id, token, failTimes: 0 })
    await queue.idle()
    const record = probeRecords.get(token)!
    assert.isTrue(record.succeeded)
    assert.equal(record.contextKommune, soroe.id)
    assert.equal(record.injectedKommune, soroe.id)
  })

  test('a failing job is retried with growing delays until it succeeds', async ({ assert }) => {
    const queue = await app.container.make(Queue)
    const soroe = await kommuneByCode(SOROE)
    const token = randomUUID()
    await queue.dispatch(ProbeJob, { kommuneId: soroe.id, token, failTimes: 2 })
    await queue.idle()
    const record = probeRecords.get(token)!
    assert.lengthOf(record.attempts, 3)
    assert.isTrue(record.succeeded)
    const [first, second, third] = record.attempts
    const backoff = app.config.get<QueueConfig>('queue').retry.backoffMs
    assert.isAtLeast(second - first, backoff * 0.9)
    assert.isAtLeast(third - second, backoff * 2 * 0.9)
  })

  test('a job that keeps failing gives up after its attempts', async ({ assert }) => {
    const queue = await app.container.make(Queue)
    const soroe = await kommuneByCode(SOROE)
    const token = randomUUID()
    await queue.dispatch(ProbeJob, { kommuneId: soroe.id, token, failTimes: 99 })
    await queue.idle()
    const record = probeRecords.get(token)!
    assert.lengthOf(record.attempts, 3)
    assert.isFalse(record.succeeded)
  })

  test('dispatching the same job id twice runs it once', async ({ assert }) => {
    const queue = await app.container.make(Queue)
    const soroe = await kommuneByCode(SOROE)
    const token = randomUUID()
    const payload = { kommuneId: soroe.id, token, failTimes: 0 }
    await queue.dispatch(ProbeJob, payload, { jobId: `probe:${token}` })
    await queue.dispatch(ProbeJob, payload, { jobId: `probe:${token}` })
    await queue.idle()
    assert.lengthOf(probeRecords.get(token)!.attempts, 1)
  })

  test('a national job (kommuneId null) runs without a tenant', async ({ assert }) => {
    const queue = await app.container.make(Queue)
    const token = randomUUID()
    await queue.dispatch(ProbeJob, { kommuneId: null, token, failTimes: 0 })
    await queue.idle()
    assert.isNull(probeRecords.get(token)!.contextKommune)
  })
})
