import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import type { SearchDocument } from '#search/search_engine'

/**
 * Measures the embedded search driver on the dev queries: top-1, top-5,
 * negative-query violations and search() latency (`npm run bench:search`).
 * Documents come from the database's merged view when it holds the corpus,
 * else straight from the corpus JSON.
 */
export default class BenchSearch extends BaseCommand {
  static commandName = 'bench:search'
  static description = 'Benchmark search quality (dev queries) and latency of the embedded driver'
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'Where documents come from: auto, db or corpus', default: 'auto' })
  declare source: string

  @flags.number({ description: 'Timed rounds over all queries', default: 20 })
  declare rounds: number

  @flags.boolean({ description: 'List the queries that missed' })
  declare verbose: boolean

  async run() {
    const { default: EmbeddedSearchEngine } =
      await import('#search/drivers/embedded/embedded_engine')
    const { DEFAULT_SYNONYMS } = await import('#search/default_synonyms')
    const { devQueries, measureQuality } = await import('#tests/bench/search_quality')
    const documents = await this.#documents()
    const engine = new EmbeddedSearchEngine()
    await engine.init()
    await engine.setSynonyms(DEFAULT_SYNONYMS)
    const started = performance.now()
    await engine.replaceAll(documents)
    const buildMs = performance.now() - started
    const report = await measureQuality(engine, await devQueries(), this.rounds)
    await engine.close()

    const table = this.ui.table()
    table.head(['Documents', 'Build', 'Queries', 'Top-1', 'Top-5', 'Violations', 'p50', 'p95'])
    table.row([
      String(documents.length),
      `${buildMs.toFixed(0)} ms`,
      `${report.positives} + ${report.negatives} neg.`,
      percent(report.top1),
      percent(report.top5),
      String(report.violations),
      `${report.p50.toFixed(3)} ms`,
      `${report.p95.toFixed(3)} ms`,
    ])
    table.render()
    // Latency is only comparable on an idle machine: say how busy it was.
    this.logger.info(`Load average during the run: ${loadavg()[0].toFixed(2)}`)
    if (!this.verbose) return
    for (const outcome of report.outcomes) {
      if (outcome.top1 && !outcome.violations.length) continue
      if (!outcome.query.expect?.length && !outcome.violations.length) continue
      const mark = outcome.violations.length ? 'VIOLATION' : outcome.top5 ? 'top-5' : 'MISS'
      this.logger.info(
        `${mark} [${outcome.query.kommune_code ?? 'all'}] "${outcome.query.q}" expects ` +
          `${(outcome.query.expect ?? outcome.query.must_not ?? []).join('/')}: ${outcome.top.slice(0, 5).join(', ')}`
      )
    }
  }

  async #documents(): Promise<SearchDocument[]> {
    if (this.source !== 'corpus') {
      const documents = await this.#databaseDocuments()
      if (documents.length || this.source === 'db') return documents
      this.logger.info('The database holds no guides: building documents from the corpus JSON')
    }
    const { corpusDocuments } = await import('#tests/bench/corpus_documents')
    return corpusDocuments()
  }

  async #databaseDocuments(): Promise<SearchDocument[]> {
    const { default: Guide } = await import('#models/guide')
    const guides = await Guide.query()
      .count('* as total')
      .first()
      .catch(() => null)
    if (!Number(guides?.$extras.total)) return []
    const { buildAllDocuments } = await import('#search/search_documents')
    return buildAllDocuments()
  }
}

function percent(value: number) {
  return `${(value * 100).toFixed(1)} %`
}
