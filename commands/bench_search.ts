import { loadavg } from 'node:os'
import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import type { SearchDocument, SearchQuery } from '#search/search_engine'
import type SearchEngine from '#search/search_engine'
import type { QualityReport } from '#tests/bench/search_quality'

/**
 * Both search drivers side by side on the same documents and dev queries
 * (`npm run bench:search`): top-1/top-5/negative violations per kind of
 * query, latency, the embedded engine's heap per document, and throughput
 * — the public API on each driver against what the engine below it answers
 * directly (Meilisearch over HTTP, the embedded engine in-process), all in
 * one run so the ratios share the machine's load. Throughput needs the
 * kommuner in the database (./vejviser demo or db:seed); without them only
 * the relevance half runs.
 */
export default class BenchSearch extends BaseCommand {
  static commandName = 'bench:search'
  static description = 'Search relevance, throughput and memory of both drivers, side by side'
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'Where documents come from: auto, db or corpus', default: 'auto' })
  declare source: string

  @flags.number({ description: 'Timed rounds over all queries (latency)', default: 5 })
  declare rounds: number

  @flags.number({ description: 'Seconds per throughput run (0: skip throughput)', default: 3 })
  declare seconds: number

  @flags.boolean({ description: 'List the queries that missed' })
  declare verbose: boolean

  async run() {
    const { DEFAULT_SYNONYMS } = await import('#search/default_synonyms')
    const { devQueries, measureQuality } = await import('#tests/bench/search_quality')
    const { measuredEmbedded, benchMeilisearch } = await import('#tests/bench/bench_engines')
    const queries = await devQueries()
    const embedded = await measuredEmbedded(() => this.#documents(), DEFAULT_SYNONYMS)
    const meili = await benchMeilisearch(await this.#documents(), DEFAULT_SYNONYMS)
    try {
      const reports = {
        embedded: await measureQuality(embedded.engine, queries, this.rounds),
        meilisearch: await measureQuality(meili.engine, queries, this.rounds),
      }
      this.#qualityTable(reports)
      this.logger.info(
        `${embedded.documents} documents; build: embedded ${embedded.buildMs.toFixed(0)} ms, ` +
          `Meilisearch ${meili.buildMs.toFixed(0)} ms; embedded heap ` +
          `${(embedded.heapBytes / 1048576).toFixed(1)} MB = ` +
          `${(embedded.bytesPerDocument / 1024).toFixed(2)} kB per document`
      )
      if (this.verbose) this.#misses(reports)
      if (this.seconds > 0) await this.#throughput(embedded.engine, meili)
      this.logger.info(`Load average during the run: ${loadavg()[0].toFixed(2)}`)
    } finally {
      await embedded.engine.close()
      await meili.stop()
    }
  }

  #qualityTable(reports: Record<string, QualityReport>) {
    const [first, second] = Object.values(reports)
    const kinds = [...new Set([...Object.keys(first.byKind), ...Object.keys(second.byKind)])]
    const table = this.ui.table()
    table.head(['Kind (queries)', ...Object.keys(reports).flatMap((d) => [`${d} top-1/top-5/neg`])])
    const cell = (top1: number, top5: number, violations: number) =>
      `${percent(top1)} / ${percent(top5)} / ${violations}`
    for (const kind of kinds.sort()) {
      const size = first.byKind[kind]?.positives || second.byKind[kind]?.positives || 0
      table.row([
        `${kind} (${size || 'neg.'})`,
        ...Object.values(reports).map((report) => {
          const row = report.byKind[kind]
          return row ? cell(row.top1, row.top5, row.violations) : '-'
        }),
      ])
    }
    table.row([
      `all (${first.positives} + ${first.negatives} neg.)`,
      ...Object.values(reports).map((r) => cell(r.top1, r.top5, r.violations)),
    ])
    table.row([
      'latency p50 / p95',
      ...Object.values(reports).map((r) => `${r.p50.toFixed(2)} / ${r.p95.toFixed(2)} ms`),
    ])
    table.render()
  }

  #misses(reports: Record<string, QualityReport>) {
    for (const [driver, report] of Object.entries(reports)) {
      for (const outcome of report.outcomes) {
        if (outcome.top1 && !outcome.violations.length) continue
        if (!outcome.query.expect?.length && !outcome.violations.length) continue
        const mark = outcome.violations.length ? 'VIOLATION' : outcome.top5 ? 'top-5' : 'MISS'
        this.logger.info(
          `${driver} ${mark} [${outcome.query.kommune_code ?? 'all'}] "${outcome.query.q}" ` +
            `expects ${(outcome.query.expect ?? outcome.query.must_not ?? []).join('/')}: ` +
            outcome.top.slice(0, 5).join(', ')
        )
      }
    }
  }

  /**
   * Public API on each driver against the engine below it, one query per
   * run, rounds interleaved. Needs kommune 340 in the database.
   */
  async #throughput(
    embedded: SearchEngine,
    meili: Awaited<ReturnType<typeof import('#tests/bench/bench_engines').benchMeilisearch>>
  ) {
    const { default: app } = await import('@adonisjs/core/services/app')
    const { default: testUtils } = await import('@adonisjs/core/services/test_utils')
    const { default: SearchEngineContract } = await import('#search/search_engine')
    const { default: env } = await import('#start/env')
    const { kommuneByCode } = await import('#services/kommune_lookup')
    const { inProcessRate, loadRate, mean } = await import('#tests/bench/search_throughput')
    if (!(await kommuneByCode('340').catch(() => null))) {
      this.logger.warning('No kommune 340 in the database: throughput skipped (run db:seed)')
      return
    }
    const close = await testUtils.httpServer().start()
    const api = (q: string) =>
      `http://${env.get('HOST')}:${env.get('PORT')}/api/v1/kommuner/340/search?q=${encodeURIComponent(q)}`
    const rates: Record<string, number[]> = {}
    const push = (name: string, rate: number) => (rates[name] ??= []).push(rate)
    try {
      for (const q of THROUGHPUT_QUERIES) {
        const query: SearchQuery = { ...API_QUERY, q }
        app.container.swap(SearchEngineContract, () => embedded)
        push('api-embedded', await this.#load({ url: api(q) }, loadRate))
        push('engine-embedded', await inProcessRate(embedded, query, this.seconds))
        app.container.swap(SearchEngineContract, () => meili.engine)
        push('api-meilisearch', await this.#load({ url: api(q) }, loadRate))
        const direct = meili.engine.searchRequest(query)
        push(
          'meilisearch-direct',
          await this.#load(
            {
              url: `${meili.host}${direct.path}`,
              method: 'POST',
              body: JSON.stringify(direct.body),
              headers: {
                'content-type': 'application/json',
                ...(meili.key ? { authorization: `Bearer ${meili.key}` } : {}),
              },
            },
            loadRate
          )
        )
      }
    } finally {
      app.container.restore(SearchEngineContract)
      await close()
    }
    this.#throughputTable(Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, mean(v)])))
  }

  async #load(
    target: Parameters<typeof import('#tests/bench/search_throughput').loadRate>[0],
    loadRate: typeof import('#tests/bench/search_throughput').loadRate
  ) {
    const result = await loadRate(target, this.seconds)
    if (result.non2xx) this.logger.warning(`${target.url}: ${result.non2xx} non-2xx answers`)
    return result.rate
  }

  #throughputTable(rate: Record<string, number>) {
    const table = this.ui.table()
    table.head(['Throughput (10 connections, req/s)', 'rate', 'ratio', 'target'])
    table.row([
      'Meilisearch directly (same request the driver sends)',
      fixed(rate['meilisearch-direct']),
      '',
      '',
    ])
    table.row([
      'public API on the Meilisearch driver',
      fixed(rate['api-meilisearch']),
      (rate['api-meilisearch'] / rate['meilisearch-direct']).toFixed(2),
      '≥ 0.90',
    ])
    table.row(['embedded engine in-process (searches/s)', fixed(rate['engine-embedded']), '', ''])
    table.row([
      'public API on the embedded driver',
      fixed(rate['api-embedded']),
      (rate['api-embedded'] / rate['engine-embedded']).toFixed(2),
      '≥ 0.50',
    ])
    table.render()
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

/** What the public API asks the engine (see PublicSearchController). */
const API_QUERY: Omit<SearchQuery, 'q'> = {
  scope: { citizen: '340' },
  facets: ['serviceArea', 'kind'],
  highlight: true,
}

const THROUGHPUT_QUERIES = ['byggetilladelse', 'pas udløbet', 'tilskud til briller']

function percent(value: number) {
  return `${(value * 100).toFixed(1)} %`
}

function fixed(value: number | undefined) {
  return (value ?? 0).toFixed(0)
}
