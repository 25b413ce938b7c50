import type { ApplicationService } from '@adonisjs/core/types'
import Queue from '#queue/queue'
import { JobRunner, type QueueConfig } from '#queue/job_runner'

/**
 * Binds the configured Queue driver as a singleton and closes it (letting
 * running jobs finish) when the app terminates.
 */
export default class QueueProvider {
  #queue?: Queue

  constructor(protected app: ApplicationService) {}

  register() {
    this.app.container.singleton(Queue, async (resolver) => {
      const config = this.app.config.get<QueueConfig>('queue')
      const logger = await resolver.make('logger')
      const runner = new JobRunner(config, this.app)
      if (config.driver === 'bullmq') {
        const { default: BullmqQueue } = await import('#queue/drivers/bullmq_queue')
        this.#queue = new BullmqQueue(config, runner, logger)
      } else {
        const { default: InlineQueue } = await import('#queue/drivers/inline_queue')
        this.#queue = new InlineQueue(runner, logger)
      }
      return this.#queue
    })
  }

  async shutdown() {
    await this.#queue?.close()
  }
}
