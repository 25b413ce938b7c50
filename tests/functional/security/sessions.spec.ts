import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { sessionStoreFor } from '#config/session'
import User from '#models/user'
import AuditLog from '#models/audit_log'
import { IDLE_TIMEOUT_MS } from '#services/session_stamp'
import { demoUser } from '#tests/helpers/accounts'
import { drainQueue } from '#tests/helpers/queue'
import {
  signedInSession,
  storedSession,
  withSessionStore,
  type ServerSessionStore,
  withSessionId,
} from '#tests/helpers/server_session'
import { isolateEachTest } from '#tests/helpers/transactions'
import { DEMO_PASSWORD } from '#database/demo/demo_users'
import env from '#start/env'

const STAFF = 'medarbejder@soroe.dk'

/** GET /staff with a copied session cookie: the status and where it sends the person. */
async function openStaff(client: ApiClient, sessionId: string) {
  const response = await withSessionId(client.get('/staff'), sessionId).redirects(0)
  return { status: response.status(), location: response.header('location') ?? null }
}

async function post(client: ApiClient, url: string, session: { id: string; csrfToken: string }) {
  return withSessionId(client.post(url), session.id)
    .header('x-csrf-token', session.csrfToken)
    .redirects(0)
}

/** Redis runs in CI's second pass (REDIS_HOST set): the production store is proven there too. */
const STORES: ServerSessionStore[] = env.get('REDIS_HOST') ? ['database', 'redis'] : ['database']

test.group('Security: sessions are never kept in the cookie', () => {
  test('whatever an old .env says', ({ assert }) => {
    assert.equal(sessionStoreFor(undefined), 'database')
    assert.equal(sessionStoreFor('cookie'), 'database')
    assert.equal(sessionStoreFor('redis'), 'redis')
  })
})

/**
 * Pen-test finding: the session lived in the cookie, so a copied cookie
 * worked for 8 hours after logout. Sessions are now server-side entries
 * (database, the embedded default; Redis in production) that logout deletes.
 */
for (const store of STORES) {
  test.group(`Security: sessions are server-side and revocable (${store})`, (group) => {
    isolateEachTest(group)
    withSessionStore(group, store)

    test('a copied cookie no longer works after logout', async ({ client, assert }) => {
      const user = await demoUser(STAFF)
      const session = await signedInSession(store, user.id)
      assert.deepEqual(await openStaff(client, session.id), { status: 200, location: null })

      const logout = await post(client, '/logout', session)
      logout.assertHeader('location', '/login')

      assert.deepEqual(await openStaff(client, session.id), { status: 302, location: '/login' })
      const stored = await storedSession(store, session.id)
      assert.notProperty(stored ?? {}, 'auth_web', 'nothing signed-in is left under the old id')
    })

    test('"log out everywhere" ends the other sessions too', async ({ client, assert }) => {
      const user = await demoUser(STAFF)
      const tablet = await signedInSession(store, user.id)
      const desktop = await signedInSession(store, user.id)
      assert.deepEqual(await openStaff(client, desktop.id), { status: 200, location: null })

      const everywhere = await post(client, '/logout/everywhere', tablet)
      everywhere.assertHeader('location', '/login')

      assert.deepEqual(await openStaff(client, desktop.id), { status: 302, location: '/login' })
      assert.deepEqual(await openStaff(client, tablet.id), { status: 302, location: '/login' })
      const fresh = await User.findOrFail(user.id)
      assert.equal(fresh.sessionGeneration, 1)
      // A new login works again.
      const again = await signedInSession(store, user.id, { auth_generation: 1 })
      assert.deepEqual(await openStaff(client, again.id), { status: 200, location: null })
      await drainQueue()
      const entry = await AuditLog.query().where('action', 'auth.logout_everywhere').firstOrFail()
      assert.equal(entry.userId, user.id)
    })

    test('staff are logged out after 30 idle minutes', async ({ client, assert }) => {
      const user = await demoUser(STAFF)
      const now = Date.now()
      const recent = await signedInSession(store, user.id, {
        auth_last_seen_at: now - IDLE_TIMEOUT_MS + 60_000,
      })
      assert.deepEqual(await openStaff(client, recent.id), { status: 200, location: null })

      const idle = await signedInSession(store, user.id, {
        auth_last_seen_at: now - IDLE_TIMEOUT_MS - 1,
      })
      const response = await withSessionId(client.get('/staff'), idle.id).redirects(0)
      response.assertHeader('location', '/login')
      // Activity moves the clock: the recent session is still open and was touched.
      const touched = await storedSession(store, recent.id)
      assert.isAbove(Number(touched?.auth_last_seen_at), now - 1000)
    })
  })
}

test.group('Security: a login stamps its session', (group) => {
  isolateEachTest(group)

  test('the login form stores the generation and the time of use', async ({ client, assert }) => {
    const before = Date.now()
    const response = await client
      .post('/login')
      .form({ email: STAFF, password: DEMO_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/staff')
    response.assertSession('auth_generation', 0)
    assert.isAtLeast(Number(response.session('auth_last_seen_at')), before)
  })
})
