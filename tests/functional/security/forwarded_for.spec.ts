import { test } from '@japa/runner'
import limiter from '@adonisjs/limiter/services/main'
import env from '#start/env'
import AuditLog from '#models/audit_log'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

const PUBLIC_API_KEY = 'public_api_ip_127.0.0.1'
const publicApiBudget = () => env.get('PUBLIC_API_RATE_LIMIT', 120)

/** Forgets what this file spent of the test client's public API budget. */
async function resetPublicApiBudget() {
  await limiter.use({ requests: publicApiBudget(), duration: '1 minute' }).delete(PUBLIC_API_KEY)
}

let forged = 0
/** A fresh address each call, as an attacker would send. */
const forgedAddress = () => `203.0.113.${(forged++ % 250) + 1}, 198.51.100.${forged % 250}`

/**
 * Pen-test finding: every proxy was trusted, so a fresh X-Forwarded-For
 * reset the public API limit and the login throttle, and the audit log
 * stored the forged address. With no trusted proxy configured (the
 * default), the TCP peer is the client.
 */
test.group('Security: X-Forwarded-For from an untrusted peer is ignored', (group) => {
  isolateEachTest(group)
  group.each.setup(resetPublicApiBudget)
  group.each.teardown(resetPublicApiBudget)

  test('the public API limit holds across forged addresses', async ({ client, assert }) => {
    let refusedAt = 0
    for (let request = 1; request <= publicApiBudget() + 1; request++) {
      const response = await client
        .get('/api/v1/kommuner/340/search')
        .qs({ q: 'pas', limit: 1 })
        .header('X-Forwarded-For', forgedAddress())
      if (response.status() === 429) {
        refusedAt = request
        break
      }
      response.assertStatus(200)
    }
    assert.equal(refusedAt, publicApiBudget() + 1, 'the budget is per real peer')
  })

  test('the login throttle holds across forged addresses', async ({ client }) => {
    const email = `guess-${Date.now()}@example.dk`
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await client
        .post('/login')
        .header('X-Forwarded-For', forgedAddress())
        .form({ email, password: `guess-${attempt}` })
        .withCsrfToken()
        .redirects(0)
      response.assertStatus(302)
    }
    const blocked = await client
      .post('/login')
      .header('X-Forwarded-For', forgedAddress())
      .form({ email, password: 'guess-6' })
      .withCsrfToken()
      .withInertia()
      .redirects(0)
    blocked.assertStatus(429)
  })

  test('the audit log stores the real peer, not the forged address', async ({ client, assert }) => {
    const email = `audited-${Date.now()}@example.dk`
    await client
      .post('/login')
      .header('X-Forwarded-For', '203.0.113.77')
      .header('X-Real-IP', '203.0.113.78')
      .form({ email, password: 'wrong' })
      .withCsrfToken()
      .redirects(0)
    await drainQueue()
    const entry = await AuditLog.query()
      .where('action', 'auth.login_failed')
      .orderBy('id', 'desc')
      .firstOrFail()
    // An e-mail that is no account is kept only as its domain (it may be a CPR typo).
    assert.deepEqual(entry.meta, { unknownAccountDomain: 'example.dk' })
    assert.equal(entry.ip, '127.0.0.1')
  })
})
