import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import Kommune from '#models/kommune'
import { rebuildKommune } from '#stats/rollup_rebuild'
import { rebuildAllRollups } from '#stats/rollup_rebuild_all'
import { ProgressBar } from '#support/progress_bar'

/**
 * Recomputes the daily statistics aggregates from the `inquiries` fact
 * table in SQL: everything in primary-key ranges (the fast path for
 * millions of rows), or with --kommuner one kommune per transaction.
 * Dashboards keep answering meanwhile.
 */
export default class StatsRebuild extends BaseCommand {
  static commandName = 'stats:rebuild'
  static description = 'Recompute the daily statistics aggregates from the inquiries'
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'Only these kommuner (codes, comma separated)' })
  declare kommuner?: string

  async run() {
    const started = performance.now()
    if (!this.kommuner) return this.#rebuildAll(started)
    const query = Kommune.query().orderBy('id').select('id', 'code')
    if (this.kommuner)
      query.whereIn(
        'code',
        this.kommuner.split(',').map((code) => code.trim())
      )
    const kommuner = await query
    const progress = new ProgressBar()
    for (const [index, kommune] of kommuner.entries()) {
      await rebuildKommune(kommune.id)
      progress.update('kommuner rebuilt', index + 1, kommuner.length)
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    this.logger.success(`Rebuilt the aggregates of ${kommuner.length} kommuner in ${seconds} s`)
  }

  async #rebuildAll(started: number) {
    const progress = new ProgressBar()
    const { maxId } = await rebuildAllRollups({
      onProgress: (done, total) => progress.update('ranges of inquiries rolled up', done, total),
    })
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    this.logger.success(`Rebuilt the aggregates of inquiries up to id ${maxId} in ${seconds} s`)
  }
}
