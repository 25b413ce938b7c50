import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import Guide from '#models/guide'
import SelfServiceLink from '#models/self_service_link'
import Queue from '#queue/queue'
import CheckSelfServiceLinksJob from '#jobs/check_self_service_links_job'
import { checkLink, type CheckLinkOptions } from '#knowledge/link_checker'
import { listLinks, syncSelfServiceLinks } from '#knowledge/self_service_links'
import { demoUser, kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { isolateEachTest } from '#tests/helpers/transactions'

/** Short, so the path that never answers fails fast. */
const TIMEOUT_MS = 400

/**
 * A local site with one path per kind of answer the checker must handle.
 * `/hang` never answers. Every request is logged as "METHOD /path".
 */
async function startLinkServer() {
  const requests: string[] = []
  const answer = (response: ServerResponse, status: number, headers = {}) => {
    response.writeHead(status, { 'content-type': 'text/plain', ...headers })
    response.end(String(status))
  }
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    requests.push(`${request.method} ${request.url}`)
    switch (request.url) {
      case '/ok':
      case '/new-home':
        return answer(response, 200)
      case '/missing':
        return answer(response, 404)
      case '/moved':
        return answer(response, 301, { location: '/new-home' })
      case '/loop':
        return answer(response, 302, { location: '/loop' })
      case '/no-head':
        return answer(response, request.method === 'HEAD' ? 405 : 200)
      case '/hang':
        return
      default:
        return answer(response, 404)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

type LinkServer = Awaited<ReturnType<typeof startLinkServer>>

/**
 * The real fetch for the local server; every other URL (the corpus' real
 * self-service sites) answers 200 without leaving the machine, and is
 * remembered so the test can prove nothing went to the internet.
 */
function offlineFetch(
  server: LinkServer,
  stubbed: string[],
  realFetch = globalThis.fetch
): typeof globalThis.fetch {
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    if (url.startsWith(`${server.base}/`)) return realFetch(input, init)
    stubbed.push(url)
    return Promise.resolve(new Response(null, { status: 200 }))
  }
}

/** Points a guide's self-service link at `url` (content and its mirror column). */
async function pointGuide(guide: Guide, name: string, url: string) {
  guide.content = { ...guide.content, selfService: { name, url } }
  await guide.save()
  return guide
}

async function linkFor(url: string) {
  return SelfServiceLink.findByOrFail('url', url)
}

test.group('Knowledge base: self-service link registry', (group) => {
  isolateEachTest(group)

  let server: LinkServer
  let stubbed: string[]
  let options: CheckLinkOptions
  let soroeArticle: Guide
  const url = (path: string) => `${server.base}${path}`

  group.setup(async () => {
    server = await startLinkServer()
    return () => server.close()
  })

  group.each.setup(async () => {
    stubbed = []
    server.requests.length = 0
    options = { fetch: offlineFetch(server, stubbed), timeoutMs: TIMEOUT_MS }

    const national = await Guide.query()
      .whereNull('kommune_id')
      .where('kind', 'guide')
      .orderBy('id')
      .limit(6)
    const soroe = await kommuneByCode(SOROE)
    soroeArticle = await Guide.query().where('kommune_id', soroe.id).orderBy('id').firstOrFail()

    const [older, newer, moved, noHead, hang, archived] = national
    await pointGuide(older, 'Gammelt navn', url('/ok'))
    // The name comes from the guide edited last.
    await Guide.query().where('id', older.id).update({ updated_at: '2020-01-01 00:00:00' })
    await pointGuide(newer, 'Selvbetjening OK', url('/ok'))
    await pointGuide(soroeArticle, 'Forsvundet side', url('/missing'))
    await pointGuide(moved, 'Flyttet side', url('/moved'))
    await pointGuide(noHead, 'Ingen HEAD', url('/no-head'))
    await pointGuide(hang, 'Svarer aldrig', url('/hang'))
    // Archived guides neither keep a link in the registry nor count as users.
    archived.status = 'archived'
    await pointGuide(archived, 'Arkiveret', url('/archived-only'))
    const archivedToo = await Guide.query()
      .whereNull('kommune_id')
      .where('kind', 'guide')
      .orderBy('id')
      .offset(6)
      .firstOrFail()
    archivedToo.status = 'archived'
    await pointGuide(archivedToo, 'Arkiveret OK', url('/ok'))
  })

  test('sync keeps one row per URL in use, named by the newest guide', async ({ assert }) => {
    await SelfServiceLink.create({ url: url('/nobody-uses-this'), name: 'Forældet' })

    const first = await syncSelfServiceLinks()
    assert.equal(first.deleted, 1)
    assert.isAbove(first.created, 5)
    assert.isNull(await SelfServiceLink.findBy('url', url('/nobody-uses-this')))
    assert.isNull(await SelfServiceLink.findBy('url', url('/archived-only')))

    const ok = await linkFor(url('/ok'))
    assert.equal(ok.name, 'Selvbetjening OK')
    assert.isNull(ok.broken, 'never checked yet')

    const distinct = await Guide.query()
      .whereNot('status', 'archived')
      .whereNotNull('self_service_url')
      .countDistinct('self_service_url as total')
    assert.equal(first.total, Number(distinct[0].$extras.total))
    const rows = await SelfServiceLink.query().count('* as total')
    assert.equal(Number(rows[0].$extras.total), first.total)

    const again = await syncSelfServiceLinks()
    assert.deepEqual(again, { created: 0, renamed: 0, deleted: 0, total: first.total })
  })

  test('usage counts and the guides using each link', async ({ assert }) => {
    await syncSelfServiceLinks()
    const links = await listLinks()
    const ok = links.find((link) => link.url === url('/ok'))!
    assert.equal(ok.usedBy, 2, 'the archived guide does not count')
    assert.lengthOf(ok.guides, 2)
    assert.isTrue(ok.guides.every((guide) => guide.kommune === null))

    const missing = links.find((link) => link.url === url('/missing'))!
    assert.equal(missing.usedBy, 1)
    assert.deepEqual(missing.guides, [
      { id: soroeArticle.id, title: soroeArticle.title, kommune: 'Sorø' },
    ])

    for (const link of links) {
      const count = await Guide.query()
        .where('self_service_url', link.url)
        .whereNot('status', 'archived')
        .count('* as total')
      assert.equal(link.usedBy, Number(count[0].$extras.total), link.url)
    }
  })

  test('checkLink: status, redirects, HEAD fallback, timeout and errors', async ({ assert }) => {
    assert.deepEqual(await checkLink(url('/ok'), options), {
      status: 200,
      redirectTo: null,
      error: null,
      broken: false,
    })
    assert.deepEqual(await checkLink(url('/missing'), options), {
      status: 404,
      redirectTo: null,
      error: null,
      broken: true,
    })
    assert.deepEqual(await checkLink(url('/moved'), options), {
      status: 200,
      redirectTo: url('/new-home'),
      error: null,
      broken: false,
    })

    server.requests.length = 0
    assert.deepEqual(await checkLink(url('/no-head'), options), {
      status: 200,
      redirectTo: null,
      error: null,
      broken: false,
    })
    assert.deepEqual(server.requests, ['HEAD /no-head', 'GET /no-head'])

    const started = Date.now()
    const hang = await checkLink(url('/hang'), options)
    assert.isBelow(Date.now() - started, TIMEOUT_MS + 1000)
    assert.isTrue(hang.broken)
    assert.isNull(hang.status)
    assert.include(hang.error!, `Timed out after ${TIMEOUT_MS} ms`)

    const loop = await checkLink(url('/loop'), options)
    assert.isTrue(loop.broken)
    assert.include(loop.error!, 'More than 5 redirects')
    assert.equal(server.requests.filter((line) => line === 'HEAD /loop').length, 6)

    // Port 1 on loopback refuses connections: a network error, not a hang.
    const refused = await checkLink('http://127.0.0.1:1/', { timeoutMs: 2000 })
    assert.isTrue(refused.broken)
    assert.isNull(refused.status)
    assert.notInclude(refused.error!, 'Timed out')

    const notHttp = await checkLink('ftp://127.0.0.1/file', options)
    assert.isTrue(notHttp.broken)
  })

  test('the job syncs, checks every link and stores the results', async ({ assert }) => {
    await new CheckSelfServiceLinksJob(options).handle({ kommuneId: null })

    const ok = await linkFor(url('/ok'))
    assert.equal(ok.lastStatus, 200)
    assert.isFalse(ok.broken)
    assert.isNull(ok.redirectTo)
    assert.isNotNull(ok.checkedAt)

    const missing = await linkFor(url('/missing'))
    assert.equal(missing.lastStatus, 404)
    assert.isTrue(missing.broken)

    const moved = await linkFor(url('/moved'))
    assert.equal(moved.lastStatus, 200)
    assert.equal(moved.redirectTo, url('/new-home'))
    assert.isFalse(moved.broken)

    const noHead = await linkFor(url('/no-head'))
    assert.equal(noHead.lastStatus, 200)
    assert.isFalse(noHead.broken)

    const hang = await linkFor(url('/hang'))
    assert.isNull(hang.lastStatus)
    assert.isTrue(hang.broken)
    assert.include(hang.lastError!, 'Timed out')

    const unchecked = await SelfServiceLink.query().whereNull('checked_at')
    assert.lengthOf(unchecked, 0, 'every link was checked')
    assert.isAbove(stubbed.length, 0, 'the corpus links were answered offline')
    assert.isNull(await SelfServiceLink.findBy('url', url('/archived-only')))
  })

  test('the job runs through the queue', async ({ assert, cleanup }) => {
    app.container.swap(CheckSelfServiceLinksJob, () => new CheckSelfServiceLinksJob(options))
    cleanup(() => app.container.restore(CheckSelfServiceLinksJob))

    const queue = await app.container.make(Queue)
    await queue.dispatch(CheckSelfServiceLinksJob, { kommuneId: null })
    await queue.idle()

    const [missing, hang, moved, ok] = await Promise.all(
      ['/missing', '/hang', '/moved', '/ok'].map((path) => linkFor(url(path)))
    )
    assert.isTrue(missing.broken)
    assert.isTrue(hang.broken)
    assert.equal(moved.redirectTo, url('/new-home'))
    assert.isFalse(ok.broken)
    assert.isAbove(stubbed.length, 0, 'the queued job used the offline fetch')
  })

  test('the editorial page lists broken links first', async ({ client, assert }) => {
    await new CheckSelfServiceLinksJob(options).handle({ kommuneId: null })

    const response = await client
      .get('/editorial/links')
      .loginAs(await demoUser('redaktoer@vejviser.dk'))
      .withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('editorial/links')
    const links: { url: string; broken: boolean | null; usedBy: number }[] =
      response.inertiaProps.links
    assert.sameMembers(
      links.filter((link) => link.broken).map((link) => link.url),
      [url('/missing'), url('/hang')]
    )
    assert.isTrue(links[0].broken && links[1].broken)
    assert.isTrue(links.slice(2).every((link) => link.broken === false))
    assert.equal(links.find((link) => link.url === url('/ok'))!.usedBy, 2)
    const nav = response.inertiaProps.nav.map((item: { href: string }) => item.href)
    assert.include(nav, '/editorial/links')
  })

  test('an editor starts a check from the page', async ({ client, assert, cleanup }) => {
    app.container.swap(CheckSelfServiceLinksJob, () => new CheckSelfServiceLinksJob(options))
    cleanup(() => app.container.restore(CheckSelfServiceLinksJob))

    const response = await client
      .post('/editorial/links/check')
      .header('referer', '/editorial/links')
      .loginAs(await demoUser('redaktoer@vejviser.dk'))
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/editorial/links')
    response.assertFlashMessage(
      'success',
      'Tjek af alle links er startet. Genindlæs siden om lidt for at se resultatet.'
    )

    const queue = await app.container.make(Queue)
    await queue.idle()
    const [missing, noHead] = await Promise.all([
      linkFor(url('/missing')),
      linkFor(url('/no-head')),
    ])
    assert.isTrue(missing.broken)
    assert.isFalse(noHead.broken)
    assert.isAbove(stubbed.length, 0, 'the queued job used the offline fetch')
  })

  test('node ace links:check prints a line per link and fails on broken ones', async ({
    assert,
    cleanup,
  }) => {
    // The command uses the global fetch: route it offline for the run.
    const realFetch = globalThis.fetch
    globalThis.fetch = offlineFetch(server, stubbed, realFetch)
    cleanup(() => {
      globalThis.fetch = realFetch
    })
    const ace = await app.container.make('ace')
    ace.ui.switchMode('raw')
    cleanup(() => ace.ui.switchMode('normal'))

    const command = await ace.exec('links:check', ['--timeout', String(TIMEOUT_MS)])
    command.assertExitCode(1)
    const total = await SelfServiceLink.query().count('* as total')
    const lines = command.logger
      .getLogs()
      .map((log) => log.message)
      .filter((message) => message.includes(`/${total[0].$extras.total}]`))
    assert.lengthOf(lines, Number(total[0].$extras.total), 'one progress line per link')
    assert.isTrue(lines.some((line) => line.includes('broken') && line.includes(url('/missing'))))
    assert.isTrue(lines.some((line) => line.includes(`→ ${url('/new-home')}`)))
    command.assertLogMatches(/2 broken link/, 'stderr')
  })

  test('staff get 403 and anonymous visitors go to the login page', async ({ client }) => {
    const staff = await demoUser('medarbejder@soroe.dk')
    const page = await client.get('/editorial/links').loginAs(staff).withInertia()
    page.assertStatus(403)
    const check = await client
      .post('/editorial/links/check')
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    check.assertStatus(403)

    const anonymous = await client.get('/editorial/links').redirects(0)
    anonymous.assertStatus(302)
    anonymous.assertHeader('location', '/login')
    const anonymousCheck = await client.post('/editorial/links/check').withCsrfToken().redirects(0)
    anonymousCheck.assertHeader('location', '/login')
  })
})
