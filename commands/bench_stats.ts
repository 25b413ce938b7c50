import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { importKommuner } from '#database/demo/import_kommuner'
import { CORPUS_DIR } from '#database/demo/corpus'
import { importCorpus } from '#knowledge/corpus/import_corpus'
import { generateInquiries } from '#stats/synthetic/generate_inquiries'
import { rebuildAllRollups } from '#stats/rollup_rebuild_all'
import { rollUpPending } from '#stats/rollup_incremental'
import { nationalYesterday, refreshNationalWindows } from '#stats/national/national_windows'
import { KOMMUNE_DAILY_TABLE } from '#stats/rollup_columns'
import { Random } from '#stats/synthetic/random'
import { chooseKommuner } from '#stats/synthetic/synthetic_setup'
import { ProgressBar } from '#support/progress_bar'
import { percentile } from '#tests/bench/http_client'
import { DASHBOARD_QUERIES, type QueryCase } from '#tests/bench/stats_queries'

/**
 * Issue 12's scale targets on a scratch database: generation rows/s, the
 * full rollup rebuild, the incremental rollup of one day for every kommune,
 * and p95 of the dashboard's rollup reads. It wipes the database it runs
 * on, so it refuses any database whose name does not contain "bench".
 * `npm run bench:stats` (SQLite: tmp/bench_stats.sqlite3); for MariaDB add
 * DB_CONNECTION=mysql DB_DATABASE=vejviser_bench.
 */
export default class BenchStats extends BaseCommand {
  static commandName = 'bench:stats'
  static description = 'Benchmark statistics generation, rollups and dashboard queries'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Inquiries to generate', default: 1_000_000 })
  declare rows: number

  @flags.number({ description: 'Kommuner', default: 98 })
  declare kommuner: number

  @flags.number({ description: 'Years of history', default: 5 })
  declare years: number

  @flags.number({ description: 'Timed runs per dashboard query', default: 200 })
  declare runs: number

  @flags.boolean({ description: 'Keep the generated data (skip wiping and generating)' })
  declare reuse: boolean

  #results: [string, string][] = []

  async run() {
    this.#refuseNonBenchDatabase()
    const { cpus } = await import('node:os')
    this.#note('database', `${db.connection().dialect.name} (${cpus().length} cores, shared)`)
    if (!this.reuse) await this.#prepare()
    await this.#generate()
    await this.#rebuild()
    await this.#incremental()
    await this.#nationalWindows()
    await this.#queries()
    this.#print()
  }

  #refuseNonBenchDatabase() {
    const config = (db.getRawConnection(db.primaryConnectionName)?.config.connection ?? {}) as {
      filename?: string
      database?: string
    }
    const name = config.filename ?? config.database ?? ''
    if (!name.includes('bench')) {
      throw new Error(`bench:stats wipes its database; "${name}" does not contain "bench"`)
    }
  }

  async #prepare() {
    const { default: ace } = await import('@adonisjs/core/services/ace')
    await ace.exec('migration:fresh', ['--force'])
    await importKommuner()
    await importCorpus(CORPUS_DIR)
  }

  async #generate() {
    if (this.reuse) return
    const progress = new ProgressBar()
    const cpuBefore = process.cpuUsage()
    const started = performance.now()
    const { rows } = await generateInquiries({
      count: this.kommuner,
      years: this.years,
      perYear: this.rows / this.years,
      seed: 'bench',
      onProgress: (done, total) => {
        if (done % 30 === 0 || done === total) progress.update('days generated', done, total)
      },
    })
    const seconds = (performance.now() - started) / 1000
    const cpu = process.cpuUsage(cpuBefore)
    const cpuSeconds = (cpu.user + cpu.system) / 1e6
    this.#note('generated inquiries', rows.toLocaleString('en'))
    this.#note('generation', `${fmt(rows / seconds)} rows/s wall (${seconds.toFixed(1)} s)`)
    this.#note('generation, this process CPU', `${fmt(rows / cpuSeconds)} rows per CPU-second`)
  }

  /**
   * The full rebuild, on MariaDB twice on the same rows: grouping left to the
   * server (before) and grouping by sorting (after, the default), so the
   * ratio holds however busy the machine is.
   */
  async #rebuild() {
    const modes = db.connection().dialect.name === 'mysql' ? [false, true] : [true]
    for (const sortGrouping of modes) {
      const progress = new ProgressBar()
      const started = performance.now()
      await rebuildAllRollups({
        sortGrouping,
        onProgress: (done, total) => progress.update('ranges', done, total),
      })
      const label = modes.length === 1 ? '' : sortGrouping ? ', sort grouping' : ', before'
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      this.#note(`full rollup rebuild${label}`, `${seconds} s`)
      await this.#checkTotals('after rebuild')
    }
  }

  /** One more day (today) for every kommune, written as just recorded, then rolled up. */
  async #incremental() {
    const { rows } = await generateInquiries({
      count: this.kommuner,
      years: 1,
      spanDays: 1,
      until: DateTime.now().plus({ days: 1 }),
      perYear: this.rows / this.years,
      seed: 'bench-day',
      pending: true,
    })
    const started = performance.now()
    const added = await rollUpPending({ batchSize: 2000 })
    const seconds = (performance.now() - started) / 1000
    this.#note(
      'incremental rollup, one day × all kommuner',
      `${seconds.toFixed(2)} s for ${fmt(added)} inquiries (${fmt(rows)} generated)`
    )
    await this.#checkTotals('after incremental rollup')
  }

  /** The national windows: recomputed from scratch, then slid by one new day. */
  async #nationalWindows() {
    const yesterday = nationalYesterday()
    const before = DateTime.fromISO(yesterday).minus({ days: 1 }).toISODate()!
    let started = performance.now()
    await refreshNationalWindows('2000-01-01')
    await refreshNationalWindows(before)
    this.#note('national windows, recomputed', `${fmt(performance.now() - started)} ms`)
    started = performance.now()
    await refreshNationalWindows(yesterday)
    this.#note('national windows, new-day slide', `${fmt(performance.now() - started)} ms`)
  }

  async #checkTotals(when: string) {
    const facts = await db.from('inquiries').count('* as n').first()
    const rolled = await db.from(KOMMUNE_DAILY_TABLE).sum('contacts as n').first()
    if (Number(facts.n) !== Number(rolled.n)) {
      throw new Error(`${when}: ${facts.n} inquiries but ${rolled.n} in the rollups`)
    }
  }

  async #queries() {
    const kommuner = await chooseKommuner({ count: this.kommuner })
    const ids = kommuner.map((kommune) => kommune.id)
    const random = new Random('bench-queries')
    const yesterday = DateTime.now().setZone('Europe/Copenhagen').startOf('day').minus({ days: 1 })
    const cases: QueryCase[] = Array.from({ length: this.runs + 20 }, () => {
      const to = yesterday.minus({ days: random.int(365 * Math.max(1, this.years - 1)) })
      const from = to.minus({ days: 89 })
      return {
        kommuneId: ids[random.int(ids.length)],
        allKommuneIds: ids,
        from: from.toISODate()!,
        to: to.toISODate()!,
        previousFrom: from.minus({ days: 90 }).toISODate()!,
        previousTo: from.minus({ days: 1 }).toISODate()!,
        yearFrom: to.minus({ days: 364 }).toISODate()!,
        yesterday: yesterday.toISODate()!,
      }
    })
    for (const [name, query] of Object.entries(DASHBOARD_QUERIES)) {
      const times: number[] = []
      for (const [index, queryCase] of cases.entries()) {
        const started = performance.now()
        await query(queryCase)
        if (index >= 20) times.push(performance.now() - started)
      }
      times.sort((a, b) => a - b)
      this.#note(
        `query: ${name}`,
        `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`
      )
    }
  }

  #note(label: string, value: string) {
    this.#results.push([label, value])
    this.logger.info(`${label}: ${value}`)
  }

  #print() {
    const width = Math.max(...this.#results.map(([label]) => label.length))
    console.log(`\n| ${'measure'.padEnd(width)} | result |\n|${'-'.repeat(width + 2)}|--------|`)
    for (const [label, value] of this.#results) console.log(`| ${label.padEnd(width)} | ${value} |`)
  }
}

function fmt(value: number) {
  return Math.round(value).toLocaleString('en')
}
