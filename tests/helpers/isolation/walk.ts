import type { ApiClient, ApiResponse } from '@japa/api-client'
import type { TenantSide } from '#tests/helpers/isolation_fixtures'
import { allRoutes, timed, urlFor, type WalkedRoute } from '#tests/helpers/isolation/routes'
import { changedTables, foreignChecksums } from '#tests/helpers/isolation/foreign_rows'
import type { Walker } from '#tests/helpers/isolation/walkers'
import { exemptionFor } from '#tests/functional/isolation_exemptions'
import { ROUTE_REQUESTS } from '#tests/functional/isolation_requests'

/** One request the walk sends, and whether it must be refused. */
interface Attempt {
  route: WalkedRoute
  url: string
  body?: Record<string, unknown>
  /** False for pages without ids: they may answer, but must not show or change B's rows. */
  mustRefuse: boolean
  /** The foreign id is in the body: a 422 (validation) is a refusal too. */
  idsInBody: boolean
  prepare?: () => Promise<void>
  refusedWhen?: (status: number, text: string) => boolean
}

const KOMMUNE_PARAMS = new Set(['kommune', 'code'])

/**
 * Every request of one walker over every route: B's ids in the path; the
 * walker's own kommune with B's other ids where a path names a kommune; the
 * walker's own path with B's ids in the body. Answers with the failures.
 */
export async function walkEveryRoute(
  client: ApiClient,
  walker: Walker,
  own: TenantSide,
  foreign: TenantSide
) {
  const failures: string[] = []
  const attempts: Attempt[] = []
  for (const route of allRoutes()) {
    if (exemptionFor(route.name, walker.role)) continue
    const planned = attemptsFor(route, walker, own, foreign)
    if (typeof planned === 'string') failures.push(planned)
    else attempts.push(...planned)
  }
  for (const attempt of attempts) {
    const failure = await tryAttempt(client, walker, attempt, foreign.markers)
    if (failure) failures.push(failure)
  }
  return failures
}

function attemptsFor(
  route: WalkedRoute,
  walker: Walker,
  own: TenantSide,
  foreign: TenantSide
): Attempt[] | string {
  const request = ROUTE_REQUESTS[route.name]
  const attempts: Attempt[] = []
  const base = { route, mustRefuse: true, idsInBody: false }
  // A public path that names only a kommune is the walker's own site: its body is what is walked.
  const onlyKommune = route.params.every((param) => KOMMUNE_PARAMS.has(param))
  if (route.params.length && !(onlyKommune && request && 'ids' in request)) {
    const missing = route.params.filter((param) => foreign.ids[param] === undefined)
    if (missing.length) {
      return `${route.name}: no fixture id for :${missing.join(', :')} in isolation_fixtures.ts`
    }
    attempts.push({ ...base, url: urlFor(route, foreign.ids) })
    const others = route.params.filter((param) => !KOMMUNE_PARAMS.has(param))
    if (others.length && others.length < route.params.length) {
      const mixed = { ...foreign.ids, kommune: own.ids.kommune, code: own.ids.code }
      attempts.push({ ...base, url: urlFor(route, mixed) })
    }
  }
  if (request && 'ids' in request) {
    for (const body of request.ids(foreign, walker)) {
      attempts.push({
        ...base,
        url: urlFor(route, own.ids),
        body,
        idsInBody: true,
        prepare: request.prepare && (() => request.prepare!(own, walker)),
        refusedWhen: request.refusedWhen,
      })
    }
  } else if (!route.params.length && route.method === 'get') {
    attempts.push({ ...base, url: urlFor(route, own.ids), mustRefuse: false })
  } else if (!route.params.length) {
    if (!request) {
      return `${route.name}: a ${route.method.toUpperCase()} without ids in its path: list it in isolation_requests.ts (does its body carry tenant ids?)`
    }
    if (request.walk) {
      attempts.push({ ...base, url: route.pattern, body: request.body, mustRefuse: false })
    }
  }
  return attempts
}

async function tryAttempt(client: ApiClient, walker: Walker, attempt: Attempt, markers: string[]) {
  await attempt.prepare?.()
  const before = await foreignChecksums(walker.owns)
  const response = await send(client, walker, attempt)
  const label = `${walker.role} ${attempt.route.method.toUpperCase()} ${attempt.url}${
    attempt.body ? ` ${JSON.stringify(attempt.body)}` : ''
  } (${attempt.route.name})`
  const changed = changedTables(before, await foreignChecksums(walker.owns))
  if (changed.length) return `${label} changed another kommune's rows in ${changed.join(', ')}`
  if (attempt.mustRefuse && !refused(response, walker, attempt)) {
    return `${label} answered ${response.status()}`
  }
  const leak = markers.find((marker) => responseText(response).includes(marker))
  return leak ? `${label} revealed "${leak}"` : null
}

function send(client: ApiClient, walker: Walker, attempt: Attempt) {
  const { route, url, body } = attempt
  let request = client[route.method](url).header('accept', 'application/json').redirects(0)
  if (walker.user) request = request.loginAs(walker.user)
  if (route.method === 'get') {
    if (body) request = request.qs(body)
  } else {
    request = request.withCsrfToken().json(body ?? {})
  }
  return timed(`${walker.role} ${route.method.toUpperCase()} ${url}`, request)
}

function refused(response: ApiResponse, walker: Walker, attempt: Attempt) {
  const status = response.status()
  if ([401, 403, 404].includes(status)) return true
  if (status === 422 && attempt.idsInBody) return true
  if (attempt.refusedWhen?.(status, responseText(response))) return true
  return !walker.user && status === 302 && response.header('location') === '/login'
}

function responseText(response: ApiResponse) {
  const body = response.body()
  return `${typeof body === 'string' ? body : JSON.stringify(body ?? '')}${response.text?.() ?? ''}`
}

/**
 * The control for the body doors: each listed body carrying the walker's
 * OWN ids must be accepted, so a refusal in the walk is the foreign id's
 * doing and not a malformed body.
 */
export async function ownBodiesAccepted(client: ApiClient, walker: Walker, own: TenantSide) {
  const failures: string[] = []
  for (const route of allRoutes()) {
    const request = ROUTE_REQUESTS[route.name]
    if (!request || !('ids' in request)) continue
    for (const body of request.ids(own, walker)) {
      await request.prepare?.(own, walker)
      const attempt = {
        route,
        url: urlFor(route, own.ids),
        body,
        mustRefuse: false,
        idsInBody: true,
      }
      const response = await send(client, walker, attempt)
      const status = response.status()
      if (status >= 400 || request.refusedWhen?.(status, responseText(response))) {
        failures.push(`${route.name} ${JSON.stringify(body)} answered ${status} with own ids`)
      }
    }
  }
  return failures
}
