import type { Logger } from '@adonisjs/core/logger'
import Queue, { type QueueHealth } from '#queue/queue'
import { backoffDelay, type DispatchOptions, type JobClass, type JobPayload } from '#queue/job'
import type { JobRunner } from '#queue/job_runner'

/** How many finished job ids we remember to keep dispatch idempotent. */
const REMEMBERED_IDS = 10_000

/**
 * Runs jobs in this process, after the current request has answered, with
 * the same retry policy as BullMQ. The embedded default: no Redis needed.
 * Jobs are lost if the process dies mid-flight — production uses bullmq.
 */
export default class InlineQueue extends Queue {
  readonly driver = 'inline'
  #pending = new Set<Promise<void>>()
  #knownIds = new Set<string>()
  #closed = false
  #failed = 0
  #completed = 0

  constructor(
    private runner: JobRunner,
    private logger: Logger
  ) {
    super()
  }

  async dispatch<P extends JobPayload>(
    job: JobClass<P>,
    payload: P,
    options: DispatchOptions = {}
  ) {
    if (this.#closed) throw new Error('The queue is closed')
    if (options.jobId) {
      if (this.#knownIds.has(options.jobId)) return
      this.#remember(options.jobId)
    }
    // Serialise like a real broker would, so jobs never share mutable objects with callers.
    const data = JSON.parse(JSON.stringify(payload)) as P
    const run = this.#runWithRetries(job, data, options.delayMs ?? 0)
    this.#pending.add(run)
    void run.finally(() => this.#pending.delete(run))
  }

  async #runWithRetries(job: JobClass<any>, payload: JobPayload, delayMs: number) {
    // Defer to the next macrotask: the dispatching request/transaction finishes first.
    await sleep(delayMs)
    const policy = this.runner.retryPolicy(job)
    for (let attempt = 1; attempt <= policy.attempts; attempt++) {
      try {
        await this.runner.run(job.jobName, payload)
        this.#completed++
        return
      } catch (error) {
        const final = attempt === policy.attempts
        this.logger.warn({ err: error, job: job.jobName, attempt }, 'job attempt failed')
        if (final) {
          this.#failed++
          this.logger.error({ err: error, job: job.jobName }, 'job failed after all attempts')
          return
        }
        await sleep(backoffDelay(policy, attempt, error))
      }
    }
  }

  #remember(id: string) {
    this.#knownIds.add(id)
    if (this.#knownIds.size > REMEMBERED_IDS) {
      const oldest = this.#knownIds.values().next().value
      if (oldest !== undefined) this.#knownIds.delete(oldest)
    }
  }

  async work() {
    // Inline jobs run as they are dispatched; there is no separate worker.
  }

  async idle(timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs
    while (this.#pending.size > 0) {
      if (Date.now() > deadline) throw new Error(`queue not idle after ${timeoutMs} ms`)
      await Promise.race([Promise.allSettled([...this.#pending]), sleep(50)])
    }
  }

  async health(): Promise<QueueHealth> {
    return {
      driver: this.driver,
      ok: !this.#closed,
      counts: { active: this.#pending.size, completed: this.#completed, failed: this.#failed },
    }
  }

  async close() {
    this.#closed = true
    await this.idle().catch(() => {})
  }
}

function sleep(ms: number) {
  return new Promise<void>((resolve) => setTimeout(resolve, ms))
}
