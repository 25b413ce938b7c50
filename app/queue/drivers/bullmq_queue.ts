import type { Logger } from '@adonisjs/core/logger'
import { Queue as BullQueue, Worker, type ConnectionOptions } from 'bullmq'
import Queue, { type QueueHealth } from '#queue/queue'
import { backoffDelay, type DispatchOptions, type JobClass, type JobPayload } from '#queue/job'
import type { JobRunner, QueueConfig } from '#queue/job_runner'
import { QueueOutbox, type OutboxRow } from '#queue/outbox'

/**
 * Exponential backoff that also honours the wait a failure asked for (a
 * provider's Retry-After, see backoffDelay), the same rule as the inline
 * driver. BullMQ calls it with the number of failures so far.
 */
const RETRY_AFTER_BACKOFF = 'exponential_retry_after'

function retryAfterBackoff(failures: number, _type?: string, error?: Error, job?: unknown) {
  const options = (job as { opts?: { backoff?: { delay?: number } } } | undefined)?.opts
  const backoffMs = options?.backoff?.delay ?? 1000
  return backoffDelay({ attempts: 0, backoffMs }, failures, error)
}

type Envelope = JobPayload & { outboxId?: number }
const OUTBOX_DEFAULTS = { sweepMs: 5000, staleMs: 60_000, dispatchTimeoutMs: 1000 }

/**
 * BullMQ on Redis: jobs survive restarts and are shared by every app
 * instance; `node ace queue:work` runs the workers. Retries use BullMQ's
 * exponential backoff with the same policy as the inline driver.
 *
 * Every job is first written to the database outbox (docs/adr/0025) and
 * deleted from it when a worker has finished it; the workers' relay hands
 * back to Redis whatever Redis lost. A dispatch while Redis is down
 * therefore neither fails nor waits long: the row waits for the relay.
 */
export default class BullmqQueue extends Queue {
  readonly driver = 'bullmq'
  #queue: BullQueue
  #workers: Worker[] = []
  #connection: ConnectionOptions
  #outbox: QueueOutbox
  #relay?: NodeJS.Timeout
  #relaying = false

  constructor(
    private config: QueueConfig,
    private runner: JobRunner,
    private logger: Logger
  ) {
    super()
    this.#connection = {
      host: config.redis.host,
      port: config.redis.port,
      password: config.redis.password,
      // Required by BullMQ workers' blocking commands.
      maxRetriesPerRequest: null,
    }
    this.#outbox = new QueueOutbox(config.prefix)
    this.#queue = new BullQueue(config.queueName, {
      connection: this.#connection,
      prefix: config.prefix,
    })
  }

  async dispatch<P extends JobPayload>(
    job: JobClass<P>,
    payload: P,
    options: DispatchOptions = {}
  ) {
    // BullMQ refuses ':' in custom ids.
    const jobId = options.jobId?.replaceAll(':', '_')
    const outboxId = await this.#outbox.record(job.jobName, payload, jobId, options.delayMs)
    if (outboxId === null) return
    const row = { id: outboxId, jobName: job.jobName, payload, jobId: jobId ?? null }
    const handed = await this.#handOver(row, options.delayMs ?? 0).catch((error) => {
      this.logger.warn({ err: error, job: job.jobName }, 'Redis refused a job; the relay retries')
      return false
    })
    if (handed) await this.#outbox.markDispatched(outboxId)
  }

  /** Adds the job to Redis; false when Redis is not there within the timeout. */
  async #handOver(row: Omit<OutboxRow, 'availableAt'>, delayMs: number) {
    const client = await this.#queue.client
    if (client.status !== 'ready') return false
    const policy = this.runner.retryPolicy(await this.runner.jobClass(row.jobName))
    const added = this.#queue.add(row.jobName, { ...row.payload, outboxId: row.id } as Envelope, {
      jobId: row.jobId ?? `outbox-${row.id}`,
      delay: delayMs > 0 ? delayMs : undefined,
      attempts: policy.attempts,
      backoff: { type: RETRY_AFTER_BACKOFF, delay: policy.backoffMs },
      removeOnComplete: { age: 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    })
    const timeout = this.#outboxConfig.dispatchTimeoutMs
    return Promise.race([
      added.then(async () => {
        // The caller's idempotency key named a job Redis already knows (maybe
        // finished; BullMQ then ignores the add): that job stands for this
        // row, which must not wait forever.
        if (row.jobId) {
          const known = await this.#queue.getJob(row.jobId)
          if (known && (known.data as Envelope).outboxId !== row.id) await this.#outbox.done(row.id)
        }
        return true
      }),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeout).unref()),
    ])
  }

  get #outboxConfig() {
    return { ...OUTBOX_DEFAULTS, ...this.config.outbox }
  }

  /** Hands back to Redis the outbox rows it may have lost (see QueueOutbox.due). */
  async relay() {
    if (this.#relaying) return 0
    this.#relaying = true
    let handed = 0
    try {
      for (const row of await this.#outbox.due(this.#outboxConfig.staleMs)) {
        const delay = Math.max(0, row.availableAt.toMillis() - Date.now())
        if (!(await this.#handOver(row, delay))) break
        await this.#outbox.markDispatched(row.id)
        handed++
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'queue outbox relay failed; trying again')
    } finally {
      this.#relaying = false
    }
    return handed
  }

  async work() {
    const worker = new Worker(
      this.config.queueName,
      async (job) => {
        const { outboxId, ...payload } = job.data as Envelope
        try {
          await this.runner.run(job.name, payload)
        } catch (error) {
          const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1)
          if (last && outboxId) await this.#outbox.done(outboxId)
          throw error
        }
        if (outboxId) await this.#outbox.done(outboxId)
      },
      {
        connection: this.#connection,
        prefix: this.config.prefix,
        concurrency: this.config.concurrency,
        lockDuration: this.config.lockDurationMs ?? 30_000,
        settings: { backoffStrategy: retryAfterBackoff },
        stalledInterval: Math.min(this.config.lockDurationMs ?? 30_000, 30_000),
      }
    )
    worker.on('failed', (job, error) => {
      this.logger.warn(
        { err: error, job: job?.name, attempt: job?.attemptsMade },
        'job attempt failed'
      )
    })
    worker.on('error', (error) => this.logger.error({ err: error }, 'queue worker error'))
    await worker.waitUntilReady()
    this.#workers.push(worker)
    this.#relay ??= setInterval(() => void this.relay(), this.#outboxConfig.sweepMs)
  }

  async idle(timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const counts = await this.#queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized')
      counts.outbox = await this.#outbox.pending()
      if (Object.values(counts).every((count) => count === 0)) return
      if (Date.now() > deadline) {
        throw new Error(`queue not idle after ${timeoutMs} ms: ${JSON.stringify(counts)}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  async health(): Promise<QueueHealth> {
    try {
      const counts = await this.#queue.getJobCounts('waiting', 'active', 'delayed', 'failed')
      counts.outbox = await this.#outbox.pending()
      return { driver: this.driver, ok: true, counts }
    } catch (error) {
      return { driver: this.driver, ok: false, message: (error as Error).message }
    }
  }

  /** Removes every job of this queue. Tests use it to start clean. */
  async obliterate() {
    await this.#queue.obliterate({ force: true })
    await this.#outbox.clear()
  }

  async close() {
    clearInterval(this.#relay)
    this.#relay = undefined
    await Promise.all(this.#workers.map((worker) => worker.close()))
    this.#workers = []
    await this.#queue.close()
  }
}
