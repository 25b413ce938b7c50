import { test } from '@japa/runner'
import type { SearchScope } from '#search/search_engine'
import { FIXTURE_SYNONYMS, KRISTINEHAMN, SLAGELSE, SOROE, SVENDBORG } from '#tests/search/fixtures'
import { hits, slugs, total, unique } from '#tests/search/contract_helpers'
import type { ContractContext } from '#tests/search/contract_helpers'

/**
 * Search engine contract, part 1: whom a query reaches (scope isolation) and
 * what it matches (typos, prefixes, æ/ø/å, stemming, compounds, synonyms,
 * filters).
 */
export function queryContract({ engine, citizen, staff }: ContractContext) {
  test('a citizen only ever gets documents of their own kommune', async ({ assert }) => {
    for (const kommune of [SOROE, SLAGELSE, SVENDBORG]) {
      const result = await citizen(kommune, 'borgerservice kørekort boligstøtte', { limit: 50 })
      assert.isAbove(result.hits.length, 0)
      assert.deepEqual(unique(result.hits.map((hit) => hit.kommune)), [kommune])
    }
    assert.lengthOf(hits(await citizen(SOROE, 'svømmehallen')), 0)
    assert.deepEqual(slugs(await citizen(SVENDBORG, 'svømmehallen')), ['svendborg-svoemmehal'])
  })

  test('an unknown kommune gets nothing, as citizen or staff', async ({ assert }) => {
    assert.deepEqual(await citizen('999', 'kørekort'), { hits: [], total: 0 })
    const result = await staff(['999'], 'kørekort')
    assert.equal(result.total, 0)
    assert.lengthOf(result.hits, 0)
  })

  test('a scope of any other shape reaches nothing', async ({ assert }) => {
    for (const scope of [{}, { staff: 'everything' }, { kommune: SOROE }]) {
      const result = await engine().search({ q: 'kørekort', scope: scope as SearchScope })
      assert.equal(result.total, 0, JSON.stringify(scope))
    }
  })

  test('citizens never see documents their kommune does not show citizens', async ({ assert }) => {
    assert.equal(total(await citizen(SOROE, 'fleksjob')), 0)
    assert.deepEqual(slugs(await citizen(SLAGELSE, 'fleksjob')), ['fleksjob'])
    const forStaff = await staff([SOROE], 'fleksjob')
    assert.deepEqual(
      forStaff.hits.map((hit) => hit.id),
      [`${SOROE}:fleksjob`]
    )
  })

  test('staff search only the kommuner they name, or all', async ({ assert }) => {
    const two = await staff([SOROE, SLAGELSE], 'kørekort svømmehallen', { limit: 50 })
    assert.sameMembers(unique(two.hits.map((hit) => hit.kommune)), [SOROE, SLAGELSE])
    const all = await staff('all', 'svømmehallen')
    assert.deepEqual(
      all.hits.map((hit) => hit.id),
      [`${SVENDBORG}:svendborg-svoemmehal`]
    )
  })

  test('forgives typos by word length', async ({ assert }) => {
    assert.equal(slugs(await citizen(SOROE, 'kørekart'))[0], 'koerekort-forny')
    assert.equal(slugs(await citizen(SOROE, 'boligstøtye'))[0], 'boligstoette')
    assert.equal(total(await citizen(SOROE, 'fotp')), 0, 'no typo in words of 4 letters')
  })

  test('completes the last word as a prefix', async ({ assert }) => {
    assert.equal(slugs(await citizen(SOROE, 'vuggestuep'))[0], 'vuggestue')
    assert.equal(slugs(await citizen(SOROE, 'lejere boligst'))[0], 'boligstoette')
  })

  test('finds æ/ø/å words spelled with oe/aa/ae or plain vowels', async ({ assert }) => {
    for (const q of ['kørekort', 'koerekort', 'korekort', 'KØREKORT']) {
      assert.equal(slugs(await citizen(SOROE, q))[0], 'koerekort-forny', q)
    }
    for (const q of ['ældrebolig', 'aeldrebolig', 'aldrebolig']) {
      assert.equal(slugs(await citizen(SOROE, q))[0], 'plejebolig', q)
    }
    assert.equal(slugs(await citizen(SVENDBORG, 'Svoemmehallen'))[0], 'svendborg-svoemmehal')
  })

  test('stems Danish inflections', async ({ assert }) => {
    assert.equal(slugs(await citizen(SOROE, 'tilskuddet'))[0], 'tilskud-briller')
    assert.include(slugs(await citizen(SOROE, 'ansøgninger')), 'tilskud-briller')
    assert.equal(slugs(await citizen(SOROE, 'plejeboliger'))[0], 'plejebolig')
  })

  test('joins and splits compounds', async ({ assert }) => {
    assert.equal(slugs(await citizen(SOROE, 'vuggestue plads'))[0], 'vuggestue')
    assert.equal(slugs(await citizen(SOROE, 'bolig støtte'))[0], 'boligstoette')
    assert.equal(slugs(await citizen(SOROE, 'plejebehov'))[0], 'plejebolig')
  })

  test('applies synonyms, multi-word ones too, and forgets them when replaced', async ({
    assert,
  }) => {
    assert.equal(slugs(await citizen(SOROE, 'gult kort'))[0], 'sundhedskort')
    assert.equal(slugs(await citizen(SOROE, 'plejehjem'))[0], 'plejebolig')
    await engine().setSynonyms([])
    try {
      assert.equal(total(await citizen(SOROE, 'plejehjem')), 0)
      assert.equal(total(await citizen(SOROE, 'gult kort')), 0)
    } finally {
      await engine().setSynonyms(FIXTURE_SYNONYMS)
    }
  })

  test('filters by kind, service area and language', async ({ assert }) => {
    const faq = await citizen(SOROE, 'gebyr', { filters: { kind: ['faq'] } })
    assert.deepEqual(slugs(faq), ['faq-mitid-laast'])
    const area = await citizen(SOROE, 'gebyr', { filters: { serviceArea: ['bolig'] } })
    assert.deepEqual(slugs(area), ['boligstoette'])
    const swedish = await staff('all', 'bygglov carport', { filters: { lang: ['sv'] } })
    assert.deepEqual(
      swedish.hits.map((hit) => hit.kommune),
      [KRISTINEHAMN]
    )
    assert.equal(total(await staff('all', 'bygglov', { filters: { lang: ['da'] } })), 0)
  })
}
