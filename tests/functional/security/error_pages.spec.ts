import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { rawRequest, type RawResponse } from '#tests/helpers/raw_http'

/**
 * Pen-test finding: the demo (development mode) showed anonymous visitors
 * full debug pages with source and absolute paths. Errors must look like
 * production's whatever NODE_ENV says, unless a developer sets APP_DEBUG.
 */
test.group('Security: error pages leak no stack or paths', () => {
  const root = app.appRoot.pathname.replace(/\/$/, '')

  function assertNoLeak(assert: any, response: RawResponse) {
    assert.isAtLeast(response.status, 400)
    assert.notInclude(response.body, root, 'no absolute path')
    assert.notMatch(response.body, /"(frames|stack)"\s*:/, 'no debug JSON')
    assert.notMatch(response.body, /\bat .+\.[jt]s:\d+/, 'no stack frames')
    assert.notMatch(response.body, /youch/i, 'no debug page')
  }

  test('a broken JSON body to the public API', async ({ assert }) => {
    const response = await rawRequest('/api/v1/kommuner/340/search/misses', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: '{"q": ',
    })
    // Invalid input is a 422 with our own message (tests/functional/bad_input).
    assert.equal(response.status, 422)
    assertNoLeak(assert, response)
  })

  test('a broken JSON body to a page, asking for HTML', async ({ assert }) => {
    const response = await rawRequest('/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'text/html' },
      body: '{"email": ',
    })
    assertNoLeak(assert, response)
  })

  test('an unknown page and an unknown API path', async ({ assert }) => {
    for (const [path, accept] of [
      ['/no-such-page', 'text/html'],
      ['/api/v1/no-such', 'application/json'],
      ['/k/no-such-kommune/vejledning/x', 'text/html'],
    ]) {
      const response = await rawRequest(path, { headers: { Accept: accept } })
      assert.equal(response.status, 404, path)
      assertNoLeak(assert, response)
    }
  })
})
