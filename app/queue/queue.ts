import type { DispatchOptions, JobClass, JobPayload } from '#queue/job'

export interface QueueHealth {
  driver: string
  ok: boolean
  counts?: Record<string, number>
  message?: string
}

/**
 * The queue contract (and DI token). Drivers: `inline` (in-process, the
 * default) and `bullmq` (Redis). Code dispatches jobs through this and
 * never knows which driver runs.
 */
export default abstract class Queue {
  abstract readonly driver: string

  /** Enqueues a job. Resolves once the queue has accepted it. */
  abstract dispatch<P extends JobPayload>(
    job: JobClass<P>,
    payload: P,
    options?: DispatchOptions
  ): Promise<void>

  /** Starts processing jobs in this process (bullmq: `node ace queue:work`). */
  abstract work(): Promise<void>

  /** Resolves when nothing is waiting, running or scheduled for retry. */
  abstract idle(timeoutMs?: number): Promise<void>

  abstract health(): Promise<QueueHealth>

  /** Stops workers after their current job and releases connections. */
  abstract close(): Promise<void>
}
