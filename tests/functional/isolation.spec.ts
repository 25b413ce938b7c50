import { test } from '@japa/runner'
import Feedback from '#models/feedback'
import { isolationSides } from '#tests/helpers/isolation_fixtures'
import { isolateEachTest } from '#tests/helpers/transactions'
import { allRoutes } from '#tests/helpers/isolation/routes'
import { changedTables, foreignChecksums } from '#tests/helpers/isolation/foreign_rows'
import { ownBodiesAccepted, walkEveryRoute } from '#tests/helpers/isolation/walk'
import { walkerFor, WALKER_ROLES } from '#tests/helpers/isolation/walkers'
import { ISOLATION_EXEMPTIONS } from '#tests/functional/isolation_exemptions'
import { ROUTE_REQUESTS } from '#tests/functional/isolation_requests'

/**
 * Tenant isolation: every route the router holds, walked as every role
 * (kommune A's admin, staff and manager, a national editor, a hotline
 * serving three other kommuner, an anonymous visitor) with kommune B's ids
 * in the path, in the body, and with A's own kommune beside B's ids. Each
 * request must be refused (401/403/404; 422 for a foreign body id), must
 * not show any of B's private markers, and must leave every row the walker
 * does not own exactly as it was. New routes are walked automatically; a
 * new path parameter needs B's id in tests/helpers/isolation_fixtures.ts, a
 * new body in isolation_requests.ts, an opt-out a reason in
 * isolation_exemptions.ts.
 */
test.group('Tenant isolation walk', (group) => {
  isolateEachTest(group)

  for (const role of WALKER_ROLES) {
    test(`${role}: no route shows or changes kommune B's rows`, async ({ client, assert }) => {
      const { a, b } = await isolationSides()
      const walker = await walkerFor(role, a)
      assert.deepEqual(await walkEveryRoute(client, walker, a, b), [])
    }).timeout(60_000)
  }

  test('the markers are real: kommune B sees its own data where A does not', async ({
    client,
    assert,
  }) => {
    const { b } = await isolationSides()
    const pages = ['/admin/articles', '/admin/feedback', '/admin/channels', '/staff/callbacks']
    for (const page of pages) {
      const response = await client.get(page).loginAs(b.admin).withInertia()
      const text = JSON.stringify(response.body())
      assert.isTrue(
        b.markers.some((marker) => text.includes(marker)),
        `${page} shows none of B's markers to B: the walk would not notice a leak there`
      )
    }
  })

  test('the bodies are real: with the walker’s own ids they are accepted', async ({
    client,
    assert,
  }) => {
    const { a } = await isolationSides()
    assert.deepEqual(await ownBodiesAccepted(client, await walkerFor('admin', a), a), [])
  })

  test('the checksums are real: a change to one of B’s rows is noticed', async ({ assert }) => {
    const { a, b } = await isolationSides()
    const walker = await walkerFor('admin', a)
    const before = await foreignChecksums(walker.owns)
    await Feedback.query().forKommune(b.kommune).update({ status: 'resolved' })
    assert.deepEqual(changedTables(before, await foreignChecksums(walker.owns)), ['feedback'])
  })

  test('every exemption and listed request names a route that exists', async ({ assert }) => {
    const names = new Set(allRoutes().map((route) => route.name))
    for (const name of [...Object.keys(ISOLATION_EXEMPTIONS), ...Object.keys(ROUTE_REQUESTS)]) {
      assert.isTrue(names.has(name), `"${name}" names no route`)
    }
  })
})
