import { test } from '@japa/runner'
import Guide from '#models/guide'
import Kommune from '#models/kommune'
import SearchMiss from '#models/search_miss'
import { demoUser, kommuneByCode, SLAGELSE } from '#tests/helpers/accounts'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

test.group('Search: public API and staff search', (group) => {
  isolateEachTest(group)

  test('citizens of Sorø find the building permit guide with a link to Sorø’s page', async ({
    client,
    assert,
  }) => {
    const response = await client
      .get('/api/v1/kommuner/340/search')
      .qs({ q: 'byggetilladelse', limit: 5 })
    response.assertStatus(200)
    const body = response.body()
    assert.isAbove(body.total, 0)
    const hit = body.hits.find((row: { slug: string }) => row.slug === 'byggetilladelse')
    assert.exists(hit)
    assert.equal(hit.url.split('/k/')[1], 'soroe/vejledning/byggetilladelse')
    assert.notMatch(hit.snippet.replace(/<\/?mark>/g, ''), /<[a-z]/i, 'only <mark> in snippets')
    assert.properties(body.facets, ['serviceArea', 'kind'])
    assert.notProperty(response.headers(), 'set-cookie', 'the public API is cookie-free')
  })

  test("one kommune's own articles never appear for another kommune's citizens", async ({
    client,
    assert,
  }) => {
    const slagelse = await kommuneByCode(SLAGELSE)
    const own = await Guide.query().where('kommune_id', slagelse.id).firstOrFail()
    const response = await client.get('/api/v1/kommuner/340/search').qs({ q: own.title, limit: 50 })
    const slugs = response.body().hits.map((row: { slug: string }) => row.slug)
    assert.notInclude(slugs, own.slug)
    const theirs = await client.get('/api/v1/kommuner/330/search').qs({ q: own.title, limit: 50 })
    assert.include(
      theirs.body().hits.map((row: { slug: string }) => row.slug),
      own.slug
    )
  })

  test('unknown kommune is 404, empty queries find nothing, bad limits are refused', async ({
    client,
    assert,
  }) => {
    const unknown = await client.get('/api/v1/kommuner/999/search').qs({ q: 'pas' })
    unknown.assertStatus(404)
    const empty = await client.get('/api/v1/kommuner/340/search').qs({ q: '  ' })
    assert.deepEqual(empty.body().hits, [])
    const stopWords = await client.get('/api/v1/kommuner/340/search').qs({ q: 'og i på' })
    assert.equal(stopWords.body().total, 0)
    const tooMany = await client.get('/api/v1/kommuner/340/search').qs({ q: 'pas', limit: 500 })
    tooMany.assertStatus(422)
  })

  test('zero-result searches are recorded with CPR numbers masked', async ({ client, assert }) => {
    await client.get('/api/v1/kommuner/340/search').qs({ q: 'xyzzyplugh 010203-1234' })
    await drainQueue()
    const miss = await SearchMiss.query().orderBy('id', 'desc').firstOrFail()
    assert.equal(miss.query, 'xyzzyplugh xxxxxx-xxxx')
    assert.equal(miss.reason, 'zero')
    const page = await client
      .get('/editorial/search/misses')
      .loginAs(await demoUser('redaktoer@vejviser.dk'))
      .withInertia()
    assert.include(
      page.inertiaProps.rows.map((row: { query: string }) => row.query),
      'xyzzyplugh xxxxxx-xxxx'
    )
  })

  test('the OpenAPI document describes the public search', async ({ client, assert }) => {
    const response = await client.get('/api/v1/openapi.json')
    response.assertStatus(200)
    assert.equal(response.body().openapi, '3.1.0')
    assert.property(response.body().paths, '/kommuner/{code}/search')
  })

  test('staff search their own kommune or all, with the kommuner that have local text', async ({
    client,
    assert,
  }) => {
    const user = await demoUser('medarbejder@soroe.dk')
    const own = await client.get('/staff/search').qs({ q: 'byggetilladelse' }).loginAs(user)
    own.assertStatus(200)
    assert.isTrue(own.body().hits.every((hit: { kommune: string }) => hit.kommune === '340'))
    const all = await client
      .get('/staff/search')
      .qs({ q: 'byggetilladelse', scope: 'all' })
      .loginAs(user)
    const hit = all.body().hits.find((row: { slug: string }) => row.slug === 'byggetilladelse')
    assert.includeMembers(hit.kommunerWithLocalText, ['340', '330', '316'])
    const slugs = all.body().hits.map((row: { slug: string }) => row.slug)
    assert.equal(new Set(slugs).size, slugs.length, 'one hit per guide')
  })

  test('editors edit synonyms and both searches use them at once', async ({ client, assert }) => {
    const editor = await demoUser('redaktoer@vejviser.dk')
    const before = await client.get('/api/v1/kommuner/340/search').qs({ q: 'blåbærgrød' })
    assert.equal(before.body().total, 0)
    const saved = await client
      .put('/editorial/search/synonyms')
      .json({ groups: [['blåbærgrød', 'byggetilladelse']] })
      .loginAs(editor)
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    const after = await client.get('/api/v1/kommuner/340/search').qs({ q: 'blåbærgrød' })
    assert.include(
      after.body().hits.map((row: { slug: string }) => row.slug),
      'byggetilladelse'
    )
  })

  test('a kommune created after a miss on its code is found at once (lookups are not cached on a timer)', async ({
    client,
  }) => {
    const before = await client.get('/api/v1/kommuner/9901/search').qs({ q: 'pas' })
    before.assertStatus(404)
    await Kommune.create({
      code: '9901',
      name: 'Prøve Kommune',
      slug: 'proeve',
      region: null,
      country: 'DK',
      locale: 'da',
      timezone: 'Europe/Copenhagen',
      population: null,
    })
    const after = await client.get('/api/v1/kommuner/9901/search').qs({ q: 'pas' })
    after.assertStatus(200)
  })
})
