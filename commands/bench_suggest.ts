import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import type { SuggestReport } from '#tests/bench/suggest_quality'

/**
 * Answer suggestions on the dev queries replayed as chat openings
 * (`npm run bench:suggest`): how often the right guide is among the three
 * suggestions (and first), per kind of query, and how long one suggestion
 * takes (the whole ranking: every weighted query searched and fused), on
 * the embedded engine and on Meilisearch (the pinned binary, or
 * MEILISEARCH_HOST). Documents come from the corpus JSON, so no database
 * is needed; `--no-meilisearch` runs the embedded engine only.
 */
export default class BenchSuggest extends BaseCommand {
  static commandName = 'bench:suggest'
  static description = 'Answer suggestions: right guide among the three, on both search drivers'
  static options: CommandOptions = { startApp: true }

  @flags.boolean({ description: 'Also run Meilisearch', default: true })
  declare meilisearch: boolean

  @flags.number({ description: 'Timed rounds over all openings', default: 5 })
  declare rounds: number

  @flags.boolean({ description: 'List the openings whose right guide was not among the three' })
  declare verbose: boolean

  async run() {
    const { DEFAULT_SYNONYMS } = await import('#search/default_synonyms')
    const { devQueries } = await import('#tests/bench/search_quality')
    const { measureSuggestions } = await import('#tests/bench/suggest_quality')
    const { measuredEmbedded, benchMeilisearch } = await import('#tests/bench/bench_engines')
    const { corpusDocuments } = await import('#tests/bench/corpus_documents')
    const queries = await devQueries()
    const reports: Record<string, SuggestReport> = {}
    const embedded = await measuredEmbedded(() => corpusDocuments(), DEFAULT_SYNONYMS)
    try {
      reports.embedded = await measureSuggestions(embedded.engine, queries, this.rounds)
    } finally {
      await embedded.engine.close()
    }
    if (this.meilisearch) {
      const meili = await benchMeilisearch(await corpusDocuments(), DEFAULT_SYNONYMS)
      try {
        reports.meilisearch = await measureSuggestions(meili.engine, queries, this.rounds)
      } finally {
        await meili.stop()
      }
    }
    this.#table(reports)
    if (this.verbose) this.#misses(reports)
  }

  #table(reports: Record<string, SuggestReport>) {
    const drivers = Object.keys(reports)
    const first = Object.values(reports)[0]
    const table = this.ui.table()
    table.head(['Chat openings (kind)', ...drivers.map((d) => `${d}: right guide in top 3`)])
    for (const kind of Object.keys(first.byKind).sort()) {
      table.row([
        `${kind} (${first.byKind[kind].openings})`,
        ...drivers.map((d) => {
          const row = reports[d].byKind[kind]
          return `${row.top3}/${row.openings} = ${percent(row.top3 / row.openings)}`
        }),
      ])
    }
    table.row([`all (${first.openings})`, ...drivers.map((d) => percent(reports[d].top3))])
    table.row(['right guide first', ...drivers.map((d) => percent(reports[d].top1))])
    table.row([
      'one suggestion p50 / p95 (ranking only)',
      ...drivers.map((d) => `${reports[d].p50.toFixed(2)} / ${reports[d].p95.toFixed(2)} ms`),
    ])
    table.render()
    this.logger.info('Target: right guide among the three for ≥ 90 % on both drivers')
  }

  #misses(reports: Record<string, SuggestReport>) {
    for (const [driver, report] of Object.entries(reports)) {
      for (const outcome of report.outcomes.filter((o) => !o.top3)) {
        this.logger.info(
          `${driver} MISS [${outcome.query.kommune_code ?? '340'}] "${outcome.query.q}" ` +
            `expects ${outcome.query.expect!.join('/')}: ${outcome.top.join(', ')}`
        )
      }
    }
  }
}

function percent(value: number) {
  return `${(value * 100).toFixed(1)} %`
}
