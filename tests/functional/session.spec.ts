import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import { DEMO_PASSWORD } from '#database/demo/demo_users'
import { demoUser } from '#tests/helpers/accounts'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

test.group('Session: login and logout', (group) => {
  isolateEachTest(group)

  test('the login page renders in Danish by default', async ({ client }) => {
    const response = await client.get('/login').withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('auth/login')
    response.assertInertiaPropsContains({ locale: 'da', user: null })
  })

  test('a staff member logs in, lands on the staff start page and is audited', async ({
    client,
    assert,
  }) => {
    const response = await client
      .post('/login')
      .form({ email: 'medarbejder@soroe.dk', password: DEMO_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/staff')

    await drainQueue()
    const user = await demoUser('medarbejder@soroe.dk')
    const entry = await AuditLog.query()
      .where('user_id', user.id)
      .where('action', 'auth.login')
      .firstOrFail()
    assert.isNotNull(entry.kommuneId)
    assert.isTrue(entry.createdAt.millisecond >= 0)
  })

  test('e-mail is matched case-insensitively and trimmed', async ({ client }) => {
    const response = await client
      .post('/login')
      .form({ email: '  Admin@Slagelse.dk ', password: DEMO_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/admin')
  })

  test('a wrong password sends the user back with an error and logs nothing in', async ({
    client,
  }) => {
    const response = await client
      .post('/login')
      .form({ email: 'medarbejder@soroe.dk', password: 'wrong' })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage('inputErrorsBag', {
      email: ['E-mail eller adgangskode er forkert.'],
    })
    response.assertSessionMissing('auth_web')
  })

  test('a form without a CSRF token is refused', async ({ client }) => {
    const response = await client
      .post('/login')
      .form({ email: 'medarbejder@soroe.dk', password: DEMO_PASSWORD })
      .redirects(0)
    response.assertFlashMessage('error', 'Invalid or expired CSRF token')
    response.assertHeader('location', '/')
  })

  test('the 6th failed login within a minute gets 429 with Retry-After', async ({
    client,
    assert,
  }) => {
    const email = `nobody-${Date.now()}@example.dk`
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await client
        .post('/login')
        .form({ email, password: 'wrong' })
        .withCsrfToken()
        .redirects(0)
      response.assertStatus(302)
    }
    const blocked = await client
      .post('/login')
      .form({ email, password: 'wrong' })
      .withCsrfToken()
      .withInertia()
      .redirects(0)
    blocked.assertStatus(429)
    const retryAfter = Number(blocked.header('retry-after'))
    assert.isAbove(retryAfter, 0)
    assert.isAtMost(retryAfter, 60)
    blocked.assertInertiaComponent('auth/login')

    // Another e-mail from the same IP is not blocked.
    const other = await client
      .post('/login')
      .form({ email: 'medarbejder@soroe.dk', password: DEMO_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    other.assertHeader('location', '/staff')
  })

  test('logout ends the session', async ({ client }) => {
    const user = await demoUser('medarbejder@soroe.dk')
    const response = await client.post('/logout').loginAs(user).withCsrfToken().redirects(0)
    response.assertHeader('location', '/login')
    const after = await client.get('/staff').redirects(0)
    after.assertHeader('location', '/login')
  })

  test('anonymous visitors are sent to the login page', async ({ client }) => {
    for (const url of ['/staff', '/admin', '/stats', '/editorial']) {
      const response = await client.get(url).redirects(0)
      response.assertStatus(302)
      response.assertHeader('location', '/login')
    }
  })
})
