import { test } from '@japa/runner'
import type SearchEngine from '#search/search_engine'
import { FIXTURE_SYNONYMS, fixtureDocuments } from '#tests/search/fixtures'
import { contractContext } from '#tests/search/contract_helpers'
import { queryContract } from '#tests/search/contract_queries'
import { relevanceContract } from '#tests/search/contract_relevance'
import { resultContract } from '#tests/search/contract_results'
import { writeContract } from '#tests/search/contract_writes'

/**
 * The behaviour every search driver must show, declared once and run
 * against each driver (tests/functional/search/<driver>_engine.spec.ts),
 * like bentocache's driver suite. Driver-neutral: only the SearchEngine
 * contract is used — no sleeps, no internals. The engine is filled with
 * tests/search/fixtures.ts once; tests that write restore it.
 */
export function registerSearchEngineContract({
  name,
  createEngine,
}: {
  name: string
  createEngine: () => Promise<SearchEngine>
}) {
  test.group(`Search engine contract (${name})`, (group) => {
    let engine: SearchEngine
    group.setup(async () => {
      engine = await createEngine()
      await engine.init()
      await engine.setSynonyms(FIXTURE_SYNONYMS)
      await engine.replaceAll(fixtureDocuments())
      return () => engine.close()
    })
    const context = contractContext(() => engine)
    queryContract(context)
    resultContract(context)
    writeContract(context)
    relevanceContract(context)
  })
}
