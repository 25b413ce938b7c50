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

/**
 * The longest wait an error may ask for: a provider answering
 * `Retry-After: 86400` must not park a citizen's message for a day.
 */
export const MAX_RETRY_AFTER_MS = 60 * 60_000

/**
 * How long the failure asked to wait before the next try: an error's
 * `retryAfterMs` (a channel provider's Retry-After, ChannelSendError), or null.
 */
export function requestedRetryDelay(error: unknown): number | null {
  const wait = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs
  if (typeof wait !== 'number' || !Number.isFinite(wait) || wait < 0) return null
  return Math.min(wait, MAX_RETRY_AFTER_MS)
}

/**
 * Delay before retry `attempt` (1-based count of failures so far): the
 * exponential backoff, or longer when the failure asked for a longer wait.
 */
export function backoffDelay(policy: RetryPolicy, failures: number, error?: unknown) {
  const backoff = policy.backoffMs * 2 ** Math.max(0, failures - 1)
  return Math.max(backoff, requestedRetryDelay(error) ?? 0)
}
