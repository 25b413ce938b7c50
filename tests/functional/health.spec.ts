import { test } from '@japa/runner'

test.group('Health', () => {
  test('GET /health reports the database and the queue as ok', async ({ client, assert }) => {
    const response = await client.get('/health')
    response.assertStatus(200)
    assert.equal(response.body().status, 'ok')
    const names: string[] = response.body().checks.map((check: { name: string }) => check.name)
    assert.isTrue(names.some((name) => name.startsWith('Database health check')))
    assert.include(names, 'Queue')
    assert.notProperty(response.headers(), 'set-cookie', 'health stays on the lean stack')
  })
})
