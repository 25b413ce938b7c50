import type { ContainerResolver } from '@adonisjs/core/container'
import app from '@adonisjs/core/services/app'
import type { ApplicationService } from '@adonisjs/core/types'
import Kommune from '#models/kommune'
import type { JobClass, JobPayload, RetryPolicy } from '#queue/job'
import CurrentKommune from '#tenancy/current_kommune'
import { tenantContext } from '#tenancy/tenant_context'

export type JobLoader = () => Promise<{ default: JobClass<any> }>

export interface QueueConfig {
  driver: 'inline' | 'bullmq'
  /** BullMQ key prefix and queue name. */
  prefix: string
  queueName: string
  concurrency: number
  retry: RetryPolicy
  redis: { host: string; port: number; password?: string }
  /**
   * BullMQ only (docs/adr/0025): how often the workers' relay looks for
   * outbox rows Redis may have lost, and how old a hand-over must be before
   * it is repeated; how long a dispatch waits for Redis before leaving the
   * job to the relay; how long a worker's lock on a job lasts (a worker
   * killed mid-job gives the job back after this).
   */
  outbox?: { sweepMs: number; staleMs: number; dispatchTimeoutMs: number }
  lockDurationMs?: number
  jobs: Record<string, JobLoader>
}

/**
 * Resolves a job class by name and runs it inside its kommune's tenant
 * context. Shared by every driver so a job behaves the same everywhere.
 */
export class JobRunner {
  #classes = new Map<string, JobClass<any>>()

  constructor(
    private config: QueueConfig,
    private application: ApplicationService = app
  ) {}

  async jobClass(name: string): Promise<JobClass<any>> {
    const cached = this.#classes.get(name)
    if (cached) return cached
    const loader = this.config.jobs[name]
    if (!loader) throw new Error(`Unknown job "${name}": list it in config/queue.ts`)
    const { default: jobClass } = await loader()
    this.#classes.set(name, jobClass)
    return jobClass
  }

  retryPolicy(jobClass: JobClass<any>): RetryPolicy {
    return { ...this.config.retry, ...jobClass.retry }
  }

  async run(name: string, payload: JobPayload) {
    const jobClass = await this.jobClass(name)
    const resolver = this.application.container.createResolver()
    if (payload.kommuneId === null) {
      return this.#handle(resolver, jobClass, payload)
    }
    const kommune = await Kommune.findOrFail(payload.kommuneId)
    resolver.bindValue(CurrentKommune, new CurrentKommune(kommune))
    return tenantContext.run({ kommune }, () => this.#handle(resolver, jobClass, payload))
  }

  async #handle(resolver: ContainerResolver<any>, jobClass: JobClass<any>, payload: JobPayload) {
    const job = await resolver.make(jobClass)
    await job.handle(payload)
  }
}
