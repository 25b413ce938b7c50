import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import RunRetention, { type RetentionLine } from '#actions/privacy/run_retention'
import RunRetentionJob from '#jobs/run_retention_job'
import Queue from '#queue/queue'

const BAR_WIDTH = 24

/**
 * Retention (issue 9 item 5, issue 10 item 8): deletes or anonymises what
 * is older than each kommune's period per kind (/admin/retention). Run it
 * daily from cron (`--queue` hands it to the workers); `--dry-run` prints
 * what would go per kommune and kind and changes nothing.
 */
export default class PrivacyRetention extends BaseCommand {
  static commandName = 'privacy:retention'
  static description = "Delete or anonymise data older than each kommune's retention period"
  static options: CommandOptions = { startApp: true }

  @flags.boolean({ description: 'Print what would be deleted or anonymised; change nothing' })
  declare dryRun: boolean

  @flags.string({ description: 'Only this kommune (its code, e.g. 340)' })
  declare kommune: string | undefined

  @flags.number({ description: 'Rows per delete/update statement', default: 500 })
  declare batchSize: number

  @flags.boolean({ description: 'Hand the run to the queue workers instead of running it here' })
  declare queue: boolean

  async run() {
    if (this.queue && !this.dryRun) {
      const queue = await this.app.container.make(Queue)
      await queue.dispatch(RunRetentionJob, { kommuneId: null })
      this.logger.info('Queued privacy.retention')
      return
    }
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1) {
      this.logger.error('--batch-size must be a whole number above 0')
      this.exitCode = 1
      return
    }
    const retention = await this.app.container.make(RunRetention)
    const lines = await retention.handle({
      dryRun: Boolean(this.dryRun),
      kommuneCode: this.kommune,
      batchSize: this.batchSize,
      onProgress: ({ line, done }) => this.#progress(line, done),
    })
    this.logger.logUpdatePersist()
    this.#report(lines)
  }

  /** One line redrawn in place: kommune, kind and a bar of the rows treated so far. */
  #progress(line: RetentionLine, done: number) {
    const share = line.rows === 0 ? 1 : Math.min(1, done / line.rows)
    const filled = Math.round(share * BAR_WIDTH)
    const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled)
    this.logger.logUpdate(
      `${line.kommune} · ${line.kind} [${bar}] ${done}/${line.rows} (${Math.round(share * 100)} %)`
    )
  }

  #report(lines: RetentionLine[]) {
    const due = lines.filter((line) => line.rows > 0)
    if (due.length === 0) {
      this.logger.info('Nothing is older than its retention period')
      return
    }
    const table = this.ui.table()
    table.head(['Kommune', 'Kind', 'Days', this.dryRun ? 'Would' : 'Did', 'Rows'])
    for (const line of due) {
      const verb = line.treatment === 'delete' ? 'delete' : 'anonymise'
      table.row([line.kommune, line.kind, String(line.days), verb, String(line.rows)])
    }
    table.render()
    this.logger.info(this.dryRun ? 'Dry run: nothing was changed' : 'Retention run finished')
  }
}
