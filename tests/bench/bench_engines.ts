import { randomBytes } from 'node:crypto'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { MatchingStrategies } from 'meilisearch'
import EmbeddedSearchEngine from '#search/drivers/embedded/embedded_engine'
import MeilisearchEngine from '#search/drivers/meilisearch/meilisearch_engine'
import type { SearchDocument, SynonymGroup } from '#search/search_engine'
import { startMeilisearch } from '#tests/helpers/meilisearch_server'

/**
 * The two engines bench:search compares, built from the same documents and
 * synonyms: the embedded one (with its heap per document measured) and
 * Meilisearch — the server named by MEILISEARCH_HOST/KEY, or the pinned
 * binary started for this run.
 */

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

function settledHeap() {
  for (let i = 0; i < 3; i++) gc()
  return process.memoryUsage().heapUsed
}

/**
 * Builds the embedded engine from documents only it keeps (the caller's
 * list is dropped by `load`), so the heap it adds is what it holds.
 */
export async function measuredEmbedded(
  load: () => Promise<SearchDocument[]>,
  synonyms: SynonymGroup[]
) {
  const before = settledHeap()
  const engine = new EmbeddedSearchEngine()
  await engine.init()
  await engine.setSynonyms(synonyms)
  const started = performance.now()
  await engine.replaceAll(await load())
  const buildMs = performance.now() - started
  const documents = await engine.count()
  const heapBytes = settledHeap() - before
  return { engine, buildMs, documents, heapBytes, bytesPerDocument: heapBytes / documents }
}

export type BenchMeilisearch = {
  engine: MeilisearchEngine
  host: string
  key: string
  buildMs: number
  stop(): Promise<void>
}

/** A Meilisearch engine in a fresh index of its own; `stop` removes it (and the server if ours). */
export async function benchMeilisearch(
  documents: SearchDocument[],
  synonyms: SynonymGroup[]
): Promise<BenchMeilisearch> {
  const given = process.env.MEILISEARCH_HOST
  const server = given
    ? { host: given, key: process.env.MEILISEARCH_KEY ?? '', stop: async () => {} }
    : await startMeilisearch()
  const strategy = process.env.BENCH_MATCHING_STRATEGY as MatchingStrategies | undefined
  const engine = new MeilisearchEngine({
    host: server.host,
    apiKey: server.key || undefined,
    indexPrefix: `bench_${randomBytes(4).toString('hex')}`,
    ...(strategy ? { matchingStrategy: strategy } : {}),
  })
  await engine.init()
  await engine.setSynonyms(synonyms)
  const started = performance.now()
  await engine.replaceAll(documents)
  const buildMs = performance.now() - started
  return {
    engine,
    host: server.host,
    key: server.key,
    buildMs,
    async stop() {
      await engine.drop().catch(() => {})
      await engine.close()
      await server.stop()
    },
  }
}
