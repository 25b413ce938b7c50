import { writeFile, rm } from 'node:fs/promises'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import drive from '@adonisjs/drive/services/main'
import { rawRequest } from '#tests/helpers/raw_http'

/**
 * Pen-test finding: `/uploads/../x` answered 500 (with the path in a debug
 * page). A made-up key is the visitor's mistake: 404, nothing outside the
 * uploads folder, no stack.
 */
test.group('Security: /uploads serves only what is inside it', (group) => {
  const secret = app.makePath('tmp', 'security-outside-uploads.txt')
  group.setup(async () => {
    await writeFile(secret, 'OUTSIDE-UPLOADS-SECRET')
    await drive.use().put('security-probe.txt', 'inside the uploads folder')
    return async () => {
      await rm(secret, { force: true })
      await drive.use().delete('security-probe.txt')
    }
  })

  test('a real upload is served', async ({ assert }) => {
    const response = await rawRequest('/uploads/security-probe.txt')
    assert.equal(response.status, 200)
    assert.equal(response.body, 'inside the uploads folder')
  })

  for (const path of [
    '/uploads/../x',
    '/uploads/../security-outside-uploads.txt',
    '/uploads/../../tmp/security-outside-uploads.txt',
    '/uploads/%2e%2e/security-outside-uploads.txt',
    '/uploads/..%2fsecurity-outside-uploads.txt',
    '/uploads/a/../../security-outside-uploads.txt',
    '/uploads/does-not-exist.png',
    '/uploads/%00.png',
  ]) {
    test(`${path} answers 404 without leaking`, async ({ assert }) => {
      const response = await rawRequest(path)
      assert.equal(response.status, 404)
      assert.notInclude(response.body, 'OUTSIDE-UPLOADS-SECRET')
      assert.notInclude(response.body, app.appRoot.pathname)
      assert.notMatch(response.body, /\bat .+:\d+:\d+/, 'no stack frames')
    })
  }
})
