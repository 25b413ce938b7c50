/**
 * Every job payload names its kommune (null for national work), so the
 * runner can enter the tenant context before `handle` runs.
 */
export interface JobPayload {
  kommuneId: number | null
}

export interface RetryPolicy {
  /** Total tries, the first included. */
  attempts: number
  /** First retry waits this long; each next one doubles it. */
  backoffMs: number
}

/**
 * Base class of all queue jobs. The same class runs under every queue
 * driver. Jobs must be idempotent: BullMQ delivers at least once.
 */
export abstract class Job<Payload extends JobPayload = JobPayload> {
  /** Unique, stable name used on the wire (config/queue.ts maps it back). */
  static jobName: string

  /** Overrides config/queue.ts's default retry policy for this job. */
  static retry?: Partial<RetryPolicy>

  abstract handle(payload: Payload): Promise<void>
}

export type JobClass<Payload extends JobPayload = JobPayload> = {
  jobName: string
  retry?: Partial<RetryPolicy>
  new (...args: any[]): Job<Payload>
}

export interface DispatchOptions {
  /**
   * Idempotency key: a second dispatch with the same id while the first is
   * known to the queue is ignored.
   */
  jobId?: string
  delayMs?: number
}

/** Delay before retry `attempt` (1-based count of failures so far). */
export function backoffDelay(policy: RetryPolicy, failures: number) {
  return policy.backoffMs * 2 ** Math.max(0, failures - 1)
}
