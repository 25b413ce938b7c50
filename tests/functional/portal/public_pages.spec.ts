import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import Guide from '#models/guide'
import LocalSupplement from '#models/local_supplement'
import ServicePolicy from '#models/service_policy'
import { kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { editAndPublish } from '#tests/helpers/knowledge'
import { isolateEachTest } from '#tests/helpers/transactions'

const GUIDE = '/k/soroe/vejledning/byggetilladelse'

type Client = ApiClient

/** The body of a page (the API client's response, awaited first). */
async function textOf(client: Client, path: string) {
  const response = await client.get(path)
  return response.text()
}

async function statusOf(client: Client, path: string) {
  const response = await client.get(path)
  return response.status()
}

test.group('Citizen pages: server-rendered, cached, cookie-free', (group) => {
  isolateEachTest(group)

  test('the start page has search, service areas, contact and SEO tags, and sets no cookie', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/k/soroe')
    response.assertStatus(200)
    const html = response.text()
    assert.include(html, '<html lang="da">')
    assert.include(html, 'action="/k/soroe/soeg"')
    assert.include(html, 'href="/k/soroe/omraade/byggeri-og-bolig"')
    assert.include(html, 'Borgerservice Sorø')
    assert.match(html, /<link rel="canonical" href="http[^"]+\/k\/soroe"/)
    assert.include(html, '<meta property="og:title"')
    assert.include(html, 'hreflang="en"')
    assert.notProperty(response.headers(), 'set-cookie')
    assert.equal(response.header('cache-control'), 'public, max-age=60')
  })

  test('an unchanged page answers 304 to its ETag', async ({ client, assert }) => {
    const first = await client.get(GUIDE)
    const etag = first.header('etag') ?? ''
    assert.match(etag, /^".+"$/)
    const again = await client.get(GUIDE).header('if-none-match', etag)
    again.assertStatus(304)
  })

  test('a supplement change shows at once (the cache is invalidated, not timed)', async ({
    client,
    assert,
  }) => {
    const before = await client.get(GUIDE)
    assert.include(before.text(), 'ca. 7 uger')
    const soroe = await kommuneByCode(SOROE)
    const guide = await Guide.findByOrFail('slug', 'byggetilladelse')
    const supplement = await LocalSupplement.query()
      .where('kommune_id', soroe.id)
      .where('guide_id', guide.id)
      .firstOrFail()
    supplement.waitingTime = 'Ca. 5 uger fra komplet ansøgning'
    await supplement.save()
    const after = await client.get(GUIDE)
    assert.include(after.text(), 'Ca. 5 uger fra komplet ansøgning')
    assert.notEqual(after.header('etag'), before.header('etag'))
  })

  test('publishing a national guide changes every kommune’s page', async ({ client, assert }) => {
    await client.get(GUIDE)
    await client.get('/k/slagelse/vejledning/byggetilladelse')
    await editAndPublish('byggetilladelse', (content) => ({
      ...content,
      citizen: { intro: 'Ny tekst til borgeren om byggeri.', todo: ['Søg i tide.'], haveReady: [] },
    }))
    assert.include(await textOf(client, GUIDE), 'Ny tekst til borgeren om byggeri.')
    assert.include(
      await textOf(client, '/k/slagelse/vejledning/byggetilladelse'),
      'Ny tekst til borgeren om byggeri.'
    )
  })

  test('a service area the kommune stops serving disappears from its pages', async ({
    client,
    assert,
  }) => {
    assert.equal(await statusOf(client, GUIDE), 200)
    const soroe = await kommuneByCode(SOROE)
    const guide = await Guide.query()
      .where('slug', 'byggetilladelse')
      .preload('serviceArea')
      .firstOrFail()
    const policy =
      (await ServicePolicy.query()
        .where('kommune_id', soroe.id)
        .where('service_area_id', guide.serviceAreaId!)
        .first()) ??
      new ServicePolicy().merge({
        kommuneId: soroe.id,
        serviceAreaId: guide.serviceAreaId!,
        channels: [],
      })
    policy.served = false
    await policy.save()
    assert.equal(await statusOf(client, GUIDE), 404)
    const start = await client.get('/k/soroe')
    assert.notInclude(start.text(), `/omraade/${guide.serviceArea.slug}"`)
  })

  test("another kommune's own article is 404; its own kommune shows it", async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const own = await Guide.query()
      .where('kommune_id', soroe.id)
      .where('status', 'published')
      .firstOrFail()
    assert.equal(await statusOf(client, `/k/soroe/vejledning/${own.slug}`), 200)
    const slagelse = await client.get(`/k/slagelse/vejledning/${own.slug}`)
    slagelse.assertStatus(404)
    assert.notInclude(slagelse.text(), own.title)
    for (const path of ['', '/artikler', '/sitemap.xml']) {
      const page = await client.get(`/k/slagelse${path}`)
      assert.notInclude(page.text(), own.title, `/k/slagelse${path}`)
      assert.notInclude(page.text(), own.slug, `/k/slagelse${path}`)
    }
    // The search page echoes the query, so only the result links tell.
    const search = await client.get('/k/slagelse/soeg').qs({ q: own.title })
    assert.notInclude(search.text(), `/vejledning/${own.slug}"`)
    const home = await client.get('/k/soroe/soeg').qs({ q: own.title })
    assert.include(home.text(), `/vejledning/${own.slug}"`, 'the search would notice a leak')
  })

  test('search results work without JavaScript', async ({ client, assert }) => {
    const response = await client.get('/k/soroe/soeg').qs({ q: 'byggetilladelse' })
    response.assertStatus(200)
    assert.include(response.text(), 'href="/k/soroe/vejledning/byggetilladelse"')
    assert.notProperty(response.headers(), 'set-cookie')
  })

  test('English on request, Swedish for Swedish kommuner', async ({ client, assert }) => {
    const english = await client.get('/k/soroe').qs({ lang: 'en' })
    assert.include(english.text(), '<html lang="en">')
    assert.include(english.text(), 'href="/k/soroe/faq?lang=en"')
    const swedish = await client.get('/k/kristinehamn')
    assert.include(swedish.text(), '<html lang="sv">')
    assert.include(swedish.text(), 'Sök i vägledningen')
  })

  test('sitemap.xml, robots.txt, theme and accessibility statement per kommune', async ({
    client,
    assert,
  }) => {
    const sitemap = await client.get('/k/soroe/sitemap.xml')
    sitemap.assertStatus(200)
    assert.include(sitemap.header('content-type'), 'application/xml')
    assert.include(sitemap.text(), '/k/soroe/vejledning/byggetilladelse</loc>')
    const robots = await client.get('/k/soroe/robots.txt')
    assert.include(robots.text(), 'Sitemap: ')
    assert.include(robots.text(), 'Disallow: /k/soroe/soeg')
    const theme = await client.get('/k/soroe/theme.css')
    assert.match(theme.text(), /--brand:#[0-9a-f]{6}/)
    const statement = await client.get('/k/soroe/tilgaengelighed')
    statement.assertStatus(200)
    assert.include(statement.text(), 'WCAG 2.1')
    assert.include(statement.text(), 'borgerservice@soroe.dk')
  })

  test('unknown kommune, area and guide are plain 404 pages', async ({ client, assert }) => {
    assert.equal(await statusOf(client, '/k/atlantis'), 404)
    assert.equal(await statusOf(client, '/k/soroe/omraade/ingenting'), 404)
    assert.equal(await statusOf(client, '/k/soroe/vejledning/findes-ikke'), 404)
    assert.equal(await statusOf(client, '/k/soroe/noget-andet'), 404)
  })
})

test.group('Citizen pages: the citizen level only (allow-list)', (group) => {
  isolateEachTest(group)

  test('staff briefing, staff script and referral note never reach a citizen', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const guide = await Guide.query()
      .where('slug', 'pas-bestil')
      .preload('serviceArea')
      .firstOrFail()
    const policy =
      (await ServicePolicy.query()
        .where('kommune_id', soroe.id)
        .where('service_area_id', guide.serviceAreaId!)
        .first()) ??
      new ServicePolicy().merge({
        kommuneId: soroe.id,
        serviceAreaId: guide.serviceAreaId!,
        served: true,
        channels: [],
      })
    policy.staffScript = 'INTERNT: sig aldrig dette til borgeren'
    await policy.save()
    await editAndPublish('pas-bestil', (content) => ({
      ...content,
      guidance: ['Spørg først, hvornår borgeren rejser.', ...content.guidance],
      referral: { unit: 'Borgerservice – pas', note: 'INTERN HENVISNING til skranken' },
    }))
    const html = await textOf(client, '/k/soroe/vejledning/pas-bestil')
    assert.include(html, 'Bestil eller forny pas')
    for (const secret of [
      'INTERNT: sig aldrig dette',
      'INTERN HENVISNING',
      'Spørg først',
      'Sig til borgeren',
    ]) {
      assert.notInclude(html, secret)
    }
    const slagelse = await kommuneByCode(SLAGELSE)
    assert.notEqual(slagelse.id, soroe.id)
  })
})
