import type { Logger } from '@adonisjs/core/logger'
import { Queue as BullQueue, Worker, type ConnectionOptions } from 'bullmq'
import Queue, { type QueueHealth } from '#queue/queue'
import type { DispatchOptions, JobClass, JobPayload } from '#queue/job'
import type { JobRunner, QueueConfig } from '#queue/job_runner'

/**
 * BullMQ on Redis: jobs survive restarts and are shared by every app
 * instance; `node ace queue:work` runs the workers. Retries use BullMQ's
 * exponential backoff with the same policy as the inline driver.
 */
export default class BullmqQueue extends Queue {
  readonly driver = 'bullmq'
  #queue: BullQueue
  #workers: Worker[] = []
  #connection: ConnectionOptions

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
    const policy = this.runner.retryPolicy(job)
    await this.#queue.add(job.jobName, payload, {
      // BullMQ refuses ':' in custom ids.
      jobId: options.jobId?.replaceAll(':', '_'),
      delay: options.delayMs,
      attempts: policy.attempts,
      backoff: { type: 'exponential', delay: policy.backoffMs },
      removeOnComplete: { age: 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    })
  }

  async work() {
    const worker = new Worker(
      this.config.queueName,
      async (job) => this.runner.run(job.name, job.data as JobPayload),
      {
        connection: this.#connection,
        prefix: this.config.prefix,
        concurrency: this.config.concurrency,
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
  }

  async idle(timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const counts = await this.#queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized')
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
      return { driver: this.driver, ok: true, counts }
    } catch (error) {
      return { driver: this.driver, ok: false, message: (error as Error).message }
    }
  }

  /** Removes every job of this queue. Tests use it to start clean. */
  async obliterate() {
    await this.#queue.obliterate({ force: true })
  }

  async close() {
    await Promise.all(this.#workers.map((worker) => worker.close()))
    this.#workers = []
    await this.#queue.close()
  }
}
