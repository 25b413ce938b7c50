import { test } from '@japa/runner'
import { SEARCH_LIMITS } from '#search/search_engine'
import { SLAGELSE, SOROE, SVENDBORG } from '#tests/search/fixtures'
import { hits, slugs, total } from '#tests/search/contract_helpers'
import type { ContractContext } from '#tests/search/contract_helpers'

/**
 * Search engine contract, part 2: the shape of results (facets, highlights,
 * no internals, one hit per guide, empty queries, limits).
 */
export function resultContract({ citizen, staff, perGuide }: ContractContext) {
  test('counts facets over every match, not just the page', async ({ assert }) => {
    const result = await citizen(SOROE, 'gebyr', { limit: 1, facets: ['serviceArea', 'kind'] })
    assert.lengthOf(result.hits, 1)
    assert.equal(result.total, 3)
    assert.deepEqual(result.facets?.kind, { guide: 2, faq: 1 })
    assert.deepEqual(result.facets?.serviceArea, { 'pas-og-koerekort': 1, 'bolig': 1 })
  })

  test('highlights with <mark> only and escapes everything else', async ({ assert }) => {
    const [hit] = hits(await citizen(SOROE, 'affald pap'))
    assert.equal(hit.slug, 'soroe-affald')
    assert.include(hit.titleHighlighted, '<mark>Affald</mark>')
    assert.include(hit.titleHighlighted, '&amp;')
    assert.include(hit.titleHighlighted, '&lt;script&gt;')
    assert.include(hit.snippet, '<mark>pap</mark>')
    assert.include(hit.snippet, '&lt;b&gt;aldrig&lt;/b&gt;')
    for (const html of [hit.titleHighlighted, hit.snippet]) {
      assert.notMatch(html.replaceAll('<mark>', '').replaceAll('</mark>', ''), /[<>]/)
    }
    assert.equal(hit.title, 'Affald & genbrug <script>alert("x")</script>')
  })

  test('hits carry no engine internals such as scores', async ({ assert }) => {
    const allowed = ['id', 'slug', 'kind', 'title', 'snippet', 'titleHighlighted', 'kommune']
    for (const hit of hits(await perGuide('all', 'kørekort'))) {
      const keys = Object.keys(hit).filter(
        (key) => (hit as Record<string, unknown>)[key] !== undefined
      )
      assert.includeMembers([...allowed, 'serviceArea', 'kommunerWithLocalText'], keys)
    }
  })

  test('one hit per guide for staff, with the kommuner that have local text', async ({
    assert,
  }) => {
    const every = await staff('all', 'kørekort')
    assert.sameMembers(
      every.hits.map((hit) => hit.kommune),
      [SOROE, SLAGELSE, SVENDBORG]
    )
    const distinct = await perGuide('all', 'kørekort')
    assert.deepEqual(slugs(distinct), ['koerekort-forny'])
    assert.equal(distinct.total, 1)
    assert.deepEqual(distinct.hits[0].kommunerWithLocalText, [SLAGELSE])
    const scoped = await perGuide([SOROE, SVENDBORG], 'kørekort')
    assert.deepEqual(scoped.hits[0].kommunerWithLocalText, [])
    assert.include([SOROE, SVENDBORG], scoped.hits[0].kommune)
  })

  test('empty and stop-word-only queries return nothing', async ({ assert }) => {
    for (const q of ['', '   ', 'og i at den', 'hvad er det']) {
      assert.deepEqual(await citizen(SOROE, q), { hits: [], total: 0 }, JSON.stringify(q))
      assert.deepEqual(await staff('all', q), { hits: [], total: 0 }, JSON.stringify(q))
    }
  })

  test('clamps limit and offset, truncates long queries', async ({ assert }) => {
    const all = await staff('all', 'borgerservice gebyr kørekort', { limit: 10_000 })
    assert.isAtMost(all.hits.length, SEARCH_LIMITS.maxLimit)
    const beyond = await staff('all', 'kørekort', { offset: 1_000_000 })
    assert.lengthOf(beyond.hits, 0)
    assert.equal(beyond.total, 3)
    const paged = await staff('all', 'kørekort', { limit: 1, offset: 1 })
    assert.lengthOf(paged.hits, 1)
    const words = `${'og '.repeat(SEARCH_LIMITS.maxQueryWords)}kørekort`
    assert.equal(total(await citizen(SOROE, words)), 0, 'words past the limit are ignored')
    const long = `${'x'.repeat(SEARCH_LIMITS.maxQueryLength)} kørekort`
    assert.equal(total(await citizen(SOROE, long)), 0, 'characters past the limit are ignored')
  })
}
