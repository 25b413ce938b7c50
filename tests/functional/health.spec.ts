import { test } from '@japa/runner'
import env from '#start/env'

/** Pen-test finding: /health told anyone which database and queue run, and their counts. */
test.group('Health', () => {
  test('without a token GET /health is a bare verdict', async ({ client, assert }) => {
    const response = await client.get('/health')
    response.assertStatus(200)
    assert.deepEqual(response.body(), { status: 'ok' })
    assert.notProperty(response.headers(), 'set-cookie', 'health stays on the lean stack')
  })

  test('a wrong token gets the bare verdict too', async ({ client, assert }) => {
    for (const header of ['Bearer wrong', 'Basic Zm9vOmJhcg==', 'Bearer', `${token()}`]) {
      const response = await client.get('/health').header('Authorization', header)
      response.assertStatus(200)
      assert.deepEqual(response.body(), { status: 'ok' }, header)
    }
  })

  test('with HEALTH_TOKEN it reports the database and the queue', async ({ client, assert }) => {
    const response = await client.get('/health').header('Authorization', `Bearer ${token()}`)
    response.assertStatus(200)
    assert.equal(response.body().status, 'ok')
    const names: string[] = response.body().checks.map((check: { name: string }) => check.name)
    assert.isTrue(names.some((name) => name.startsWith('Database health check')))
    assert.include(names, 'Queue')
  })
})

function token() {
  const secret = env.get('HEALTH_TOKEN')
  if (!secret) throw new Error('.env.test must set HEALTH_TOKEN')
  return secret.release()
}
