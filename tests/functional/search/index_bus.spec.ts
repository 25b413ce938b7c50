import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { request } from 'node:http'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import redis from '@adonisjs/redis/services/main'
import type { SearchConfig } from '#config/search'
import { searchIndexBus } from '#search/search_index_bus'
import { documentsForKommune } from '#search/search_documents'
import { kommuneByCode } from '#tests/helpers/accounts'
import { freePort } from '#tests/helpers/free_port'

/**
 * Several instances on the embedded engine: a second, real web server
 * process (bin/server.ts, its own in-memory index built from the same
 * database) follows the index changes this process publishes over Redis —
 * as a BullMQ worker does after an indexing job — within a second.
 * Needs Redis (CI's second pass); skipped, saying so, without it.
 */

const SOROE = '340'
/** The default run needs no Redis: this runs where Redis is configured (CI's second pass). */
const WITH_REDIS = Boolean(process.env.REDIS_HOST)
/** A word no guide has (letters only: digits would split it). */
const WORD = `zebrafinke${[...randomBytes(4)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('')}`

test.group('Search index bus: two processes', (group) => {
  let child: ChildProcess | undefined
  let output = ''
  let base = ''
  const channel = `bus-${randomBytes(4).toString('hex')}:search-index`

  group.setup(async () => {
    if (!WITH_REDIS) return () => {}
    await redis.connection().ping()
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    child = spawn(process.execPath, ['--import=@poppinss/ts-exec', 'bin/server.ts'], {
      cwd: app.makePath(),
      env: {
        ...process.env,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        SEARCH_DRIVER: 'embedded',
        SEARCH_INDEX_BUS: 'redis',
        QUEUE_DRIVER: 'inline',
        QUEUE_PREFIX: channel.split(':')[0],
        PUBLIC_API_RATE_LIMIT: '1000000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    const ready = async () => {
      const subscribers = (await redis.connection().call('PUBSUB', 'NUMSUB', channel)) as unknown[]
      const probe = await get(`${base}/api/v1/kommuner/${SOROE}/search?q=rotter`)
      return Number(subscribers[1]) > 0 && probe.body?.total > 0
    }
    await waitFor(ready, 90_000, () => output)
    const previous = app.config.get<SearchConfig['indexBus']>('search.indexBus')
    app.config.set('search.indexBus', { transport: 'redis', channel })
    return async () => {
      app.config.set('search.indexBus', previous)
      child?.kill('SIGTERM')
    }
  })

  test('an index change made in one process is searchable in the other within a second', async ({
    assert,
  }) => {
    const kommune = await kommuneByCode(SOROE)
    const documents = await documentsForKommune(kommune)
    const doc = documents.find((d) => d.slug === 'rotter')!
    // Never a zero-hit query: the other process would record the miss, a
    // database write this test's open transaction could hold up.
    const search = () =>
      get(`${base}/api/v1/kommuner/${SOROE}/search?q=${encodeURIComponent(`rotter ${WORD}`)}`)
    const titled = async () => {
      const { status, body } = await search()
      assert.equal(status, 200, output.slice(-3000))
      return String(body.hits[0]?.title).includes(WORD)
    }
    assert.isFalse(await titled(), 'the other process does not know the word yet')

    const started = Date.now()
    await searchIndexBus.publish({ upsert: [{ ...doc, title: `${doc.title} ${WORD}` }] })
    await waitFor(titled, 1000, () => output)
    assert.isBelow(Date.now() - started, 1000)

    await searchIndexBus.publish({ upsert: [doc] })
    await waitFor(
      async () => !(await titled()),
      1000,
      () => output
    )
  })
    .skip(!WITH_REDIS, 'SKIPPED: needs Redis (REDIS_HOST), as in CI’s second pass')
    .timeout(120_000)
})

function get(url: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve) => {
    const req = request(url, { timeout: 2000 }, (res) => {
      let text = ''
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => {
        let body: any = null
        try {
          body = JSON.parse(text)
        } catch {}
        resolve({ status: res.statusCode ?? 0, body })
      })
    })
    req.once('error', () => resolve({ status: 0, body: null }))
    req.once('timeout', () => req.destroy())
    req.end()
  })
}

async function waitFor(check: () => Promise<boolean>, ms: number, log: () => string) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`Timed out after ${ms} ms. Other process said:\n${log().slice(-3000)}`)
}
