import { test } from '@japa/runner'
import { readFile } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import { seedDemoReach } from '#database/demo/demo_reach'
import { isolateEachTest } from '#tests/helpers/transactions'

test.group('Widget: script, API, CORS and demo page', (group) => {
  isolateEachTest(group)
  group.each.setup(() => seedDemoReach())

  test('widget.js is served and stays under 30 kB gzipped (no chat part)', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/widget.js')
    response.assertStatus(200)
    assert.include(response.header('content-type'), 'javascript')
    const source = await readFile('public/widget.js')
    const gzipped = gzipSync(source, { level: 9 }).length
    assert.isBelow(gzipped, 30 * 1024, `widget.js is ${gzipped} bytes gzipped`)
    assert.notMatch(source.toString(), /localStorage|sessionStorage|document\.cookie/)
  })

  test('a guide answer is the citizen level only, strings HTML-escaped', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/api/v1/kommuner/340/guides/byggetilladelse')
    response.assertStatus(200)
    const body = response.body()
    assert.properties(body, ['title', 'citizen', 'selfService', 'local', 'url', 'reach'])
    assert.notProperty(body, 'staffScript')
    assert.notProperty(body, 'content')
    assert.isTrue(body.reach.callback)
    assert.include(body.local.processText, 'ca. 7 uger')
    assert.notProperty(response.headers(), 'set-cookie')
    const own = await client.get('/api/v1/kommuner/330/guides/soroe-svoemmehal')
    own.assertStatus(404)
  })

  test('CORS only for the kommune’s configured site origins', async ({ client, assert }) => {
    const allowed = await client
      .get('/api/v1/kommuner/340/widget')
      .header('origin', 'https://www.soroe.dk')
    allowed.assertStatus(200)
    assert.equal(allowed.header('access-control-allow-origin'), 'https://www.soroe.dk')
    const other = await client
      .get('/api/v1/kommuner/340/widget')
      .header('origin', 'https://www.slagelse.dk')
    assert.isUndefined(other.header('access-control-allow-origin'))
    const search = await client
      .get('/api/v1/kommuner/340/guides/byggetilladelse')
      .header('origin', 'https://evil.example')
    assert.isUndefined(search.header('access-control-allow-origin'))
    assert.include(search.header('content-security-policy') ?? '', "default-src 'none'")
  })

  test('the demo page embeds the widget under a strict CSP', async ({ client, assert }) => {
    const response = await client.get('/demo/widget/340')
    response.assertStatus(200)
    assert.include(response.text(), 'src="/widget.js" data-kommune="340" async')
    const csp = response.header('content-security-policy') ?? ''
    assert.include(csp, "script-src 'self'")
    assert.notInclude(csp, 'unsafe-inline')
    assert.notProperty(response.headers(), 'set-cookie')
  })

  test('a callback through the widget API joins the queue; bad windows are 422', async ({
    client,
  }) => {
    const bad = await client
      .post('/api/v1/kommuner/340/guides/byggetilladelse/callback')
      .form({ phone: '20123456', date: '2020-01-06', from: '10:00', to: '11:00' })
    bad.assertStatus(422)
  })

  test('search API snippets are the citizen intro, never the staff briefing', async ({
    client,
    assert,
  }) => {
    // "navne- og adressebeskyttelse" is only in the passport guide's referral note (staff text).
    const response = await client.get('/api/v1/kommuner/340/search').qs({ q: 'adressebeskyttelse' })
    const hit = response.body().hits.find((row: { slug: string }) => row.slug === 'pas-bestil')
    assert.exists(hit, 'the staff text is searchable (staff search needs it)')
    assert.notInclude(hit.snippet, 'adressebeskyttelse')
    assert.include(hit.snippet, 'Pas bestilles')
  })
})
