import { performance } from 'node:perf_hooks'
import type { MatchingStrategies } from 'meilisearch'
import MeilisearchEngine from '#search/drivers/meilisearch/meilisearch_engine'
import { DEFAULT_SYNONYMS } from '#search/default_synonyms'
import type { SearchDocument } from '#search/search_engine'
import { corpusDocuments } from '#tests/bench/corpus_documents'
import { devQueries, measureQuality } from '#tests/bench/search_quality'
import { startMeilisearch } from '#tests/helpers/meilisearch_server'

/**
 * The Meilisearch driver on the dev queries, against the pinned binary
 * started just for this run: build time, top-1/top-5 and search() latency
 * (p50/p95, through the keep-alive client), for the whole corpus and for a
 * ~2,000-document slice of it.
 *
 *   eval "$(./vejviser env)"
 *   node --import=@poppinss/ts-exec tests/bench/meilisearch_bench.ts [rounds] [strategy,…]
 */
const rounds = Number(process.argv[2] ?? 20)
const strategies = (process.argv[3] ?? 'frequency').split(',') as MatchingStrategies[]

/** The first kommuner (with their own articles) until about `size` documents. */
function slice(documents: SearchDocument[], size: number) {
  const kommuner = [...new Set(documents.map((doc) => doc.kommune))]
  const chosen = new Set<string>()
  let count = 0
  for (const kommune of kommuner) {
    if (count >= size) break
    chosen.add(kommune)
    count += documents.filter((doc) => doc.kommune === kommune).length
  }
  return documents.filter((doc) => chosen.has(doc.kommune))
}

const server = await startMeilisearch()
try {
  const corpus = await corpusDocuments()
  const queries = await devQueries()
  const rows = []
  for (const [label, documents] of [
    ['~2k', slice(corpus, 2000)],
    ['all', corpus],
  ] as const) {
    const kommuner = new Set(documents.map((doc) => doc.kommune))
    const inScope = queries.filter(
      (query) => !query.kommune_code || kommuner.has(query.kommune_code)
    )
    for (const matchingStrategy of strategies) {
      const engine = new MeilisearchEngine({
        host: server.host,
        apiKey: server.key,
        indexPrefix: `bench_${label === 'all' ? 'all' : 'slice'}`,
        matchingStrategy,
      })
      await engine.init()
      await engine.setSynonyms(DEFAULT_SYNONYMS)
      const started = performance.now()
      if ((await engine.count()) !== documents.length) await engine.replaceAll(documents)
      const buildMs = performance.now() - started
      const report = await measureQuality(engine, inScope, rounds)
      await engine.close()
      rows.push({
        documents: documents.length,
        strategy: matchingStrategy,
        build: `${buildMs.toFixed(0)} ms`,
        queries: inScope.length,
        top1: `${(report.top1 * 100).toFixed(1)} %`,
        top5: `${(report.top5 * 100).toFixed(1)} %`,
        violations: report.violations,
        p50: `${report.p50.toFixed(2)} ms`,
        p95: `${report.p95.toFixed(2)} ms`,
      })
    }
  }
  console.table(rows)
} finally {
  await server.stop()
}
