import { readdir } from 'node:fs/promises'
import { test } from '@japa/runner'
import router from '@adonisjs/core/services/router'
import { MULTIPART_TMP_DIR, UPLOAD_ROUTES } from '#config/bodyparser'
import SearchMiss from '#models/search_miss'
import { demoUser } from '#tests/helpers/accounts'
import { guideBySlug } from '#tests/helpers/knowledge'
import { isolateEachTest } from '#tests/helpers/transactions'

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
)
const ONE_MB = Buffer.alloc(1024 * 1024, 0x41)
const tmpFiles = () => readdir(MULTIPART_TMP_DIR)

/**
 * The temp folder once it is back to `before`, or as it is after two
 * seconds: on a refused (413) body the parser removes its partial file when
 * its write stream has failed, which can be just after the response.
 */
async function tmpFilesSettled(before: string[]) {
  const until = Date.now() + 2000
  let now = await tmpFiles()
  while (now.join() !== before.join() && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    now = await tmpFiles()
  }
  return now
}

/**
 * Pen-test finding: anonymous multipart uploads up to 20 MB were parsed and
 * written to the temp folder on every route, public ones included, and
 * never removed. Now only the upload routes parse them, and clean up.
 */
test.group('Security: multipart only where files are taken', (group) => {
  isolateEachTest(group)

  test('a multipart POST to a public route is refused and writes nothing', async ({
    client,
    assert,
  }) => {
    const before = await tmpFiles()
    const lastMiss = await SearchMiss.query().orderBy('id', 'desc').first()
    for (const url of ['/api/v1/kommuner/340/search/misses', '/login', '/webhooks/channels/x']) {
      const response = await client
        .post(url)
        .field('q', 'multipart')
        .field('hits', '0')
        .file('payload', ONE_MB, { filename: 'big.bin' })
      response.assertStatus(415)
    }
    assert.deepEqual(await tmpFiles(), before, 'no temp file written')
    const newest = await SearchMiss.query().orderBy('id', 'desc').first()
    assert.equal(newest?.id, lastMiss?.id, 'no miss recorded from the multipart fields')
  })

  test('the upload route takes a screenshot and leaves no temp file', async ({
    client,
    assert,
  }) => {
    const guide = await guideBySlug('pas-bestil')
    const editor = await demoUser('redaktoer@vejviser.dk')
    const before = await tmpFiles()
    const stored = await client
      .post(`/editorial/guides/${guide.id}/screenshots`)
      .file('screenshot', PNG, { filename: 'trin.png' })
      .loginAs(editor)
      .withCsrfToken()
    stored.assertStatus(200)
    const refused = await client
      .post(`/editorial/guides/${guide.id}/screenshots`)
      .file('screenshot', ONE_MB, { filename: 'virus.exe' })
      .loginAs(editor)
      .withCsrfToken()
    refused.assertStatus(422)
    assert.deepEqual(await tmpFiles(), before, 'refused and moved files leave nothing behind')
  })

  test('a body over the upload limit is refused with 413', async ({ client, assert }) => {
    const guide = await guideBySlug('pas-bestil')
    const before = await tmpFiles()
    const response = await client
      .post(`/editorial/guides/${guide.id}/screenshots`)
      .file('screenshot', Buffer.alloc(7 * 1024 * 1024, 0x42), { filename: 'huge.png' })
      .loginAs(await demoUser('redaktoer@vejviser.dk'))
      .withCsrfToken()
    response.assertStatus(413)
    assert.deepEqual(await tmpFilesSettled(before), before)
  })

  test('every upload route named in the config exists', async ({ assert }) => {
    const patterns = Object.values(router.toJSON())
      .flat()
      .map((route) => route.pattern)
    for (const pattern of UPLOAD_ROUTES) assert.include(patterns, pattern)
  })
})
