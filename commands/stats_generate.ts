import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { generateInquiries } from '#stats/synthetic/generate_inquiries'
import { rebuildAllRollups } from '#stats/rollup_rebuild_all'
import { ProgressBar } from '#support/progress_bar'

/**
 * Fills the statistics with synthetic inquiries (source 'synthetic') for
 * demos and benchmarks: season, weekday and hour curves, a channel mix that
 * drifts to digital, volumes by population. Then the aggregates are
 * rebuilt in SQL. Deterministic for a given --seed (and day it runs).
 */
export default class StatsGenerate extends BaseCommand {
  static commandName = 'stats:generate'
  static description = 'Write realistic synthetic inquiries and rebuild the statistics aggregates'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'How many kommuner (the first by official code)', default: 98 })
  declare kommuner: number

  @flags.string({ description: 'Exactly these kommuner (codes, comma separated)' })
  declare codes?: string

  @flags.number({ description: 'Years of history up to yesterday', default: 1 })
  declare years: number

  @flags.number({
    description: 'Inquiries per year over all chosen kommuner (default: 0.9 per inhabitant)',
  })
  declare perYear?: number

  @flags.string({ description: 'Random seed (same seed, same data)', default: 'vejviser' })
  declare seed: string

  @flags.number({ description: 'Rows per INSERT statement', default: 5000 })
  declare batch: number

  @flags.boolean({ description: 'Generate only, write nothing (measures the generator)' })
  declare dryRun: boolean

  @flags.boolean({ description: 'Skip the aggregate rebuild afterwards', default: false })
  declare skipRollup: boolean

  async run() {
    const progress = new ProgressBar()
    let lastDraw = 0
    const started = performance.now()
    const cpuBefore = process.cpuUsage()
    const result = await generateInquiries({
      count: this.codes ? undefined : this.kommuner,
      codes: this.codes?.split(',').map((code) => code.trim()),
      years: this.years,
      perYear: this.perYear,
      seed: this.seed,
      batchSize: this.batch,
      dryRun: this.dryRun,
      onProgress: (done, total, rows) => {
        const now = performance.now()
        if (done < total && now - lastDraw < 200) return
        lastDraw = now
        progress.update(`days (${rows.toLocaleString('en')} inquiries)`, done, total)
      },
    })
    const seconds = (performance.now() - started) / 1000
    const cpu = process.cpuUsage(cpuBefore)
    // This process's CPU time too: on a shared machine the wall time mostly says how busy it is.
    const cpuSeconds = (cpu.user + cpu.system) / 1e6
    this.logger.success(
      `Generated ${result.rows} inquiries for ${result.kommuner} kommuner over ${result.days} days ` +
        `in ${seconds.toFixed(1)} s (${Math.round(result.rows / seconds)} rows/s; ` +
        `${cpuSeconds.toFixed(1)} s CPU in this process)`
    )
    if (this.skipRollup || this.dryRun) return
    const rebuildStarted = performance.now()
    await rebuildAllRollups({
      onProgress: (done, total) => progress.update('ranges rolled up', done, total),
    })
    const rebuildSeconds = ((performance.now() - rebuildStarted) / 1000).toFixed(1)
    this.logger.success(`Rebuilt the statistics aggregates in ${rebuildSeconds} s`)
  }
}
