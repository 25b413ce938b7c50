import { readFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import { readCorpusJson } from '#tests/bench/corpus_documents'
import type SearchEngine from '#search/search_engine'
import type { SearchQuery } from '#search/search_engine'

/**
 * Search quality and latency on the dev queries
 * (database/data/corpus/dev_queries.json + tests/bench/dev_queries_everyday.json): top-1 and top-5 against the
 * acceptable slugs, negative queries (slugs that must not show for that
 * kommune in the top 10) and search() latency. Driver-neutral: it only
 * calls the SearchEngine contract. Run with `npm run bench:search`.
 */

export type DevQuery = {
  q: string
  expect?: string[]
  must_not?: string[]
  kommune_code: string | null
  kind: string
  lang?: string
}

export type QueryOutcome = {
  query: DevQuery
  top: string[]
  top1: boolean
  top5: boolean
  violations: string[]
}

/** Top-1/top-5 share and negative violations of one kind of query. */
export type KindReport = { positives: number; top1: number; top5: number; violations: number }

export type QualityReport = {
  queries: number
  byKind: Record<string, KindReport>
  positives: number
  top1: number
  top5: number
  negatives: number
  violations: number
  p50: number
  p95: number
  outcomes: QueryOutcome[]
}

/**
 * Everyday-language queries (kind "everyday"): how citizens describe their
 * situation, written before any tuning and never tuned to one by one.
 */
const EVERYDAY = new URL('./dev_queries_everyday.json', import.meta.url)

export async function devQueries(): Promise<DevQuery[]> {
  const [corpus, everyday] = await Promise.all([
    readCorpusJson<DevQuery[]>('dev_queries.json'),
    readFile(EVERYDAY, 'utf8').then((text) => JSON.parse(text) as DevQuery[]),
  ])
  return [...corpus, ...everyday]
}

/** A kommune's query as its citizens search; a national one as staff across all kommuner. */
export function queryFor(query: DevQuery, limit: number): SearchQuery {
  const scope = query.kommune_code
    ? { citizen: query.kommune_code }
    : { staff: 'all' as const, distinctByGuide: true }
  return { q: query.q, scope, limit, highlight: true }
}

export async function measureQuality(
  engine: SearchEngine,
  queries: DevQuery[],
  rounds = 20
): Promise<QualityReport> {
  const outcomes: QueryOutcome[] = []
  for (const query of queries) {
    const { hits } = await engine.search(queryFor(query, 10))
    const top = hits.map((hit) => hit.slug)
    const expect = query.expect ?? []
    outcomes.push({
      query,
      top,
      top1: expect.includes(top[0]),
      top5: top.slice(0, 5).some((slug) => expect.includes(slug)),
      violations: (query.must_not ?? []).filter((slug) => top.includes(slug)),
    })
  }
  const timings = await measureLatency(engine, queries, rounds)
  const positives = outcomes.filter((outcome) => outcome.query.expect?.length)
  return {
    queries: queries.length,
    byKind: reportByKind(outcomes),
    positives: positives.length,
    top1: positives.filter((outcome) => outcome.top1).length / positives.length,
    top5: positives.filter((outcome) => outcome.top5).length / positives.length,
    negatives: outcomes.filter((outcome) => outcome.query.must_not?.length).length,
    violations: outcomes.reduce((sum, outcome) => sum + outcome.violations.length, 0),
    p50: percentile(timings, 0.5),
    p95: percentile(timings, 0.95),
    outcomes,
  }
}

function reportByKind(outcomes: QueryOutcome[]): Record<string, KindReport> {
  const kinds = Map.groupBy(outcomes, (outcome) => outcome.query.kind)
  const report: Record<string, KindReport> = {}
  for (const [kind, group] of kinds) {
    const positives = group.filter((outcome) => outcome.query.expect?.length)
    const share = (pick: (o: QueryOutcome) => boolean) =>
      positives.length ? positives.filter(pick).length / positives.length : 1
    report[kind] = {
      positives: positives.length,
      top1: share((outcome) => outcome.top1),
      top5: share((outcome) => outcome.top5),
      violations: group.reduce((sum, outcome) => sum + outcome.violations.length, 0),
    }
  }
  return report
}

/** Every query `rounds` times (after one warm-up round), in ms per search() call. */
async function measureLatency(engine: SearchEngine, queries: DevQuery[], rounds: number) {
  for (const query of queries) await engine.search(queryFor(query, 10))
  const timings: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const started = performance.now()
      await engine.search(queryFor(query, 10))
      timings.push(performance.now() - started)
    }
  }
  return timings
}

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
}
