import { test } from '@japa/runner'
import router from '@adonisjs/core/services/router'
import type { ApiResponse } from '@japa/api-client'
import { isolationSides } from '#tests/helpers/isolation_fixtures'
import { isolateEachTest } from '#tests/helpers/transactions'
import { ISOLATION_EXEMPTIONS } from '#tests/functional/isolation_exemptions'

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'

interface WalkedRoute {
  name: string
  pattern: string
  method: Method
  params: string[]
}

/** Every registered route, one entry per method (HEAD is GET's twin). */
function allRoutes(): WalkedRoute[] {
  return Object.values(router.toJSON())
    .flat()
    .flatMap((route) =>
      route.methods
        .filter((method) => method !== 'HEAD')
        .map((method) => ({
          name: route.name ?? `${method} ${route.pattern}`,
          pattern: route.pattern,
          method: method.toLowerCase() as Method,
          params: [...route.pattern.matchAll(/:(\w+)/g)].map((match) => match[1]),
        }))
    )
}

/** Fails with the route's name instead of a bare suite timeout when a request hangs. */
async function timed<T>(label: string, request: PromiseLike<T>, ms = 5000): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} took longer than ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([request, timeout])
  } finally {
    clearTimeout(timer)
  }
}

function leakedMarker(response: ApiResponse, markers: string[]) {
  const body =
    typeof response.body() === 'string' ? response.body() : JSON.stringify(response.body() ?? '')
  const text = `${body}${response.text?.() ?? ''}`
  return markers.find((marker) => text.includes(marker))
}

/**
 * Tenant isolation: signed in as kommune A's admin, no route may answer
 * with kommune B's data — neither when called with B's ids nor on its own.
 * New routes are covered automatically; a new parameter name needs B's id
 * in tests/helpers/isolation_fixtures.ts; an opt-out needs a written reason
 * in isolation_exemptions.ts.
 */
test.group('Tenant isolation walk', (group) => {
  isolateEachTest(group)

  test("every route with an id refuses kommune B's ids to kommune A's admin", async ({
    client,
    assert,
  }) => {
    const { a, b } = await isolationSides()
    const routes = allRoutes().filter(
      (route) => route.params.length > 0 && !ISOLATION_EXEMPTIONS[route.name]
    )
    assert.isAbove(routes.length, 0, 'the walk must cover at least one route with an id')

    const failures: string[] = []
    for (const route of routes) {
      const missing = route.params.filter((param) => b.ids[param] === undefined)
      if (missing.length) {
        failures.push(
          `${route.name}: no fixture id for :${missing.join(', :')} in isolation_fixtures.ts`
        )
        continue
      }
      const url = route.pattern.replace(/:(\w+)\??/g, (_, param: string) =>
        encodeURIComponent(b.ids[param])
      )
      const response = await timed(
        `${route.method.toUpperCase()} ${url}`,
        client[route.method](url).loginAs(a.admin).withCsrfToken().redirects(0)
      )
      if (response.status() < 400) {
        failures.push(
          `${route.method.toUpperCase()} ${url} (${route.name}) answered ${response.status()}`
        )
      }
      const leak = leakedMarker(response, b.markers)
      if (leak)
        failures.push(`${route.method.toUpperCase()} ${url} (${route.name}) revealed "${leak}"`)
    }
    assert.deepEqual(failures, [])
  })

  test("no page without ids shows kommune B's data to kommune A's admin", async ({
    client,
    assert,
  }) => {
    const { a, b } = await isolationSides()
    const routes = allRoutes().filter(
      (route) =>
        route.method === 'get' && route.params.length === 0 && !ISOLATION_EXEMPTIONS[route.name]
    )
    const failures: string[] = []
    for (const route of routes) {
      const response = await timed(
        `GET ${route.pattern}`,
        client.get(route.pattern).loginAs(a.admin).withInertia().redirects(0)
      )
      const leak = leakedMarker(response, b.markers)
      if (leak) failures.push(`GET ${route.pattern} (${route.name}) revealed "${leak}"`)
    }
    assert.deepEqual(failures, [])
  })

  test('the markers are real: kommune B sees its own data where A does not', async ({
    client,
    assert,
  }) => {
    const { b } = await isolationSides()
    // The own-article list shows B's draft title (the admin start page is a to-do list of counts).
    const response = await client.get('/admin/articles').loginAs(b.admin).withInertia()
    assert.isDefined(leakedMarker(response, b.markers), 'the walk would not notice a leak')
  })

  test('every exemption names a route that exists', async ({ assert }) => {
    const names = new Set(allRoutes().map((route) => route.name))
    for (const name of Object.keys(ISOLATION_EXEMPTIONS)) {
      assert.isTrue(names.has(name), `exempted route "${name}" does not exist`)
    }
  })
})
