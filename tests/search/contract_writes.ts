import { test } from '@japa/runner'
import { SEARCH_LIMITS } from '#search/search_engine'
import { SLAGELSE, SOROE, SVENDBORG, extraDocument, fixtureDocuments } from '#tests/search/fixtures'
import { total, unique, slugs } from '#tests/search/contract_helpers'
import type { ContractContext } from '#tests/search/contract_helpers'

/**
 * Search engine contract, part 3: health and writes (limits per call,
 * read-your-writes, atomic replaceAll, removals). Every test leaves the
 * fixtures as it found them.
 */
export function writeContract({ engine, citizen, staff }: ContractContext) {
  test('reports health and counts documents', async ({ assert }) => {
    const health = await engine().health()
    assert.isTrue(health.ok)
    assert.equal(health.driver, engine().driver)
    assert.equal(await engine().count(), fixtureDocuments().length)
  })

  test('refuses more ids per call than the limit', async ({ assert }) => {
    const ids = Array.from({ length: SEARCH_LIMITS.maxIdsPerCall + 1 }, (_, i) => `${SOROE}:x-${i}`)
    await assert.rejects(() => engine().remove(ids), /10000|limit|at most/i)
    const docs = ids.map((_, i) => extraDocument(SOROE, `x-${i}`, 'Overflow'))
    await assert.rejects(() => engine().upsert(docs), /10000|limit|at most/i)
    assert.equal(await engine().count(), fixtureDocuments().length)
  })

  test('reads its own writes: upsert, replace and remove', async ({ assert }) => {
    const doc = extraDocument(SOROE, 'zebra', 'Zebrastribe ved skolen')
    await engine().upsert([doc])
    try {
      assert.deepEqual(slugs(await citizen(SOROE, 'zebrastribe')), ['zebra'])
      assert.equal(await engine().count(), fixtureDocuments().length + 1)
      await engine().upsert([{ ...doc, title: 'Fodgængerfelt ved skolen' }])
      assert.equal(total(await citizen(SOROE, 'zebrastribe')), 0)
      assert.deepEqual(slugs(await citizen(SOROE, 'fodgængerfelt')), ['zebra'])
      assert.equal(await engine().count(), fixtureDocuments().length + 1)
    } finally {
      await engine().remove([doc.id])
    }
    assert.equal(total(await citizen(SOROE, 'fodgængerfelt')), 0)
    assert.equal(await engine().count(), fixtureDocuments().length)
  })

  test('replaceAll swaps the whole set without duplicates', async ({ assert }) => {
    await engine().upsert([extraDocument(SLAGELSE, 'zebra', 'Zebrastribe ved skolen')])
    await engine().replaceAll(fixtureDocuments())
    assert.equal(await engine().count(), fixtureDocuments().length)
    assert.equal(total(await staff('all', 'zebrastribe')), 0)
    const every = await staff('all', 'kørekort')
    assert.equal(every.total, 3)
    assert.lengthOf(unique(every.hits.map((hit) => hit.id)), 3)
    const withoutSvendborg = fixtureDocuments().filter((doc) => doc.kommune !== SVENDBORG)
    await engine().replaceAll(withoutSvendborg)
    try {
      assert.equal(await engine().count(), withoutSvendborg.length)
      assert.equal(total(await citizen(SVENDBORG, 'kørekort')), 0)
    } finally {
      await engine().replaceAll(fixtureDocuments())
    }
  })

  test('removes documents and whole kommuner', async ({ assert }) => {
    const slagelse = fixtureDocuments().filter((doc) => doc.kommune === SLAGELSE)
    try {
      await engine().remove([`${SOROE}:sundhedskort`, `${SOROE}:no-such-document`])
      assert.equal(total(await citizen(SOROE, 'sundhedskort')), 0)
      assert.equal(total(await citizen(SLAGELSE, 'sundhedskort')), 1)
      await engine().removeKommune(SLAGELSE)
      assert.equal(total(await citizen(SLAGELSE, 'kørekort')), 0)
      const left = await staff('all', 'kørekort', { limit: 50 })
      assert.notInclude(
        left.hits.map((hit) => hit.kommune),
        SLAGELSE
      )
      assert.equal(await engine().count(), fixtureDocuments().length - 1 - slagelse.length)
    } finally {
      await engine().upsert([
        ...slagelse,
        ...fixtureDocuments().filter((d) => d.id === `${SOROE}:sundhedskort`),
      ])
    }
    assert.equal(await engine().count(), fixtureDocuments().length)
  })
}
