import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import Queue from '#queue/queue'

/**
 * Runs queue workers in this process until SIGTERM/SIGINT, then lets the
 * running jobs finish and exits. With the inline driver there is nothing to
 * run: jobs execute inside the web process.
 */
export default class QueueWork extends BaseCommand {
  static commandName = 'queue:work'
  static description = 'Process queued jobs (BullMQ on Redis) until stopped'
  static options: CommandOptions = { startApp: true, staysAlive: true }

  async run() {
    const queue = await this.app.container.make(Queue)
    if (queue.driver === 'inline') {
      this.logger.warning(
        'QUEUE_DRIVER is inline: jobs run inside the web process, no worker needed'
      )
      await this.app.terminate()
      return
    }
    await queue.work()
    this.logger.info(`processing jobs from the ${queue.driver} queue; stop with Ctrl+C or SIGTERM`)

    const stop = async (signal: string) => {
      this.logger.info(`${signal} received: finishing running jobs`)
      await this.app.terminate()
    }
    this.app.listen('SIGTERM', () => stop('SIGTERM'))
    this.app.listen('SIGINT', () => stop('SIGINT'))
  }
}
