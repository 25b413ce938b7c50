import { test } from '@japa/runner'
import limiter from '@adonisjs/limiter/services/main'
import { signPayload, SIGNATURE_HEADER } from '#channel_kit'
import { seedDemoReach } from '#database/demo/demo_reach'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import {
  assertRefusesOversizedBody,
  assertSurvivesBadInput,
  type BadInputTarget,
} from '#tests/helpers/bad_input'
import { enableChat } from '#tests/helpers/chat'
import {
  appBase,
  FakeProvider,
  mailerConnection,
  WEBHOOK_SECRET,
  withTestMailer,
} from '#tests/helpers/channel_provider'
import { enableSms } from '#tests/helpers/sms_connection'
import { isolateEachTest } from '#tests/helpers/transactions'

const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 40)

/** Every public endpoint, with a random path segment where a parameter sits. */
const PUBLIC_ENDPOINTS: BadInputTarget[] = [
  { method: 'GET', path: '/api/v1/kommuner/340/search' },
  { method: 'GET', path: (s) => `/api/v1/kommuner/${s}/search` },
  { method: 'POST', path: '/api/v1/kommuner/340/search/misses' },
  { method: 'POST', path: (s) => `/api/v1/kommuner/${s}/search/misses` },
  { method: 'GET', path: (s) => `/api/v1/kommuner/${s}/widget` },
  { method: 'GET', path: (s) => `/api/v1/kommuner/340/guides/${s}` },
  { method: 'POST', path: '/api/v1/kommuner/340/guides/byggetilladelse/callback' },
  { method: 'POST', path: (s) => `/api/v1/kommuner/340/guides/${s}/callback` },
  { method: 'POST', path: '/k/340/vejledning/byggetilladelse/send' },
  { method: 'POST', path: '/k/340/vejledning/byggetilladelse/ring-op' },
  { method: 'POST', path: (s) => `/k/${s}/vejledning/${s}/send` },
  { method: 'GET', path: '/k/340/soeg' },
  { method: 'GET', path: (s) => `/k/340/vejledning/${s}` },
  { method: 'POST', path: (s) => `/webhooks/channels/${s}` },
  { method: 'GET', path: '/api/v1/chat/340' },
  { method: 'POST', path: '/api/v1/chat/340/conversations' },
  { method: 'POST', path: '/api/v1/chat/340/offline' },
  { method: 'POST', path: (s) => `/api/v1/chat/conversations/${s}/messages` },
]

/** An exception nobody caught (in the app or a job it started) fails the test. */
function watchUnhandled() {
  const seen: unknown[] = []
  const record = (error: unknown) => seen.push(error)
  process.on('unhandledRejection', record)
  process.on('uncaughtException', record)
  return {
    assertNone() {
      process.off('unhandledRejection', record)
      process.off('uncaughtException', record)
      if (seen.length) throw new Error(`Unhandled: ${String(seen[0])}`)
    },
  }
}

function label(target: BadInputTarget) {
  const path = typeof target.path === 'function' ? target.path(':random') : target.path
  return `${target.method} ${path}`
}

test.group('Bad input: every public endpoint', (group) => {
  isolateEachTest(group)
  withTestMailer(group)
  let provider: FakeProvider
  group.each.setup(async () => {
    await seedDemoReach()
    provider = await new FakeProvider().start()
    const unhandled = watchUnhandled()
    return async () => {
      await provider.stop()
      // Leave no counters behind for whichever spec runs next (the rows roll back).
      await limiter.clear()
      unhandled.assertNone()
    }
  })

  for (const target of PUBLIC_ENDPOINTS) {
    test(`${label(target)}: random input never answers 5xx`, async () => {
      await enableChat(await kommuneByCode(SOROE))
      await assertSurvivesBadInput({ ...target, runs: RUNS })
    }).timeout(120_000)
  }

  test('signed webhooks with random bodies never answer 5xx', async () => {
    const soroe = await kommuneByCode(SOROE)
    const mailer = await mailerConnection(soroe, provider)
    const sms = await enableSms(soroe)
    for (const [connection, secret] of [
      [mailer, WEBHOOK_SECRET],
      [sms, 'test-webhook-secret'],
    ] as const) {
      await assertSurvivesBadInput({
        method: 'POST',
        path: `/webhooks/channels/${connection.id}`,
        runs: RUNS,
        sign: (body) => ({ [SIGNATURE_HEADER]: signPayload(secret, body) }),
      })
    }
  }).timeout(120_000)

  test('a visitor’s own conversation survives random messages', async ({ client, assert }) => {
    await enableChat(await kommuneByCode(SOROE))
    const opened = await client
      .post('/api/v1/chat/340/conversations')
      .json({ topic: 'Hjælp', pageUrl: 'https://www.soroe.dk/', pageTitle: 'Forside' })
    opened.assertStatus(201)
    const { conversationId, visitorToken } = opened.body()
    const oversized = await assertRefusesOversizedBody({
      method: 'POST',
      path: `/api/v1/chat/conversations/${conversationId}/messages`,
      headers: { authorization: `Bearer ${visitorToken}` },
    })
    assert.equal(oversized, 413)
    for (const action of ['messages', 'typing', 'rating', 'transcript', 'close']) {
      await assertSurvivesBadInput({
        method: 'POST',
        path: `/api/v1/chat/conversations/${conversationId}/${action}`,
        headers: { authorization: `Bearer ${visitorToken}` },
        runs: Math.ceil(RUNS / 2),
      })
    }
  }).timeout(120_000)

  // The visitor's routes check the token before reading a body (404 first): see below.
  const oversizable = PUBLIC_ENDPOINTS.filter(
    (t) => t.method === 'POST' && !label(t).includes('/conversations/:random')
  )
  for (const target of oversizable) {
    test(`${label(target)}: an oversized body answers 413`, async ({ assert }) => {
      await enableChat(await kommuneByCode(SOROE))
      assert.equal(await assertRefusesOversizedBody(target), 413)
    })
  }
})

/** Posts raw bytes to a lean route and reads the JSON answer. */
async function post(path: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${appBase()}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept': 'application/json', ...headers },
    body,
  })
  return { status: response.status, body: (await response.json()) as { errors: ErrorItem[] } }
}
type ErrorItem = { message: string; rule: string; field?: string }

test.group('Bad input: refusals say why, in the caller’s language', (group) => {
  isolateEachTest(group)
  group.each.setup(() => seedDemoReach())

  test('a body that is not JSON is 422 with a message, never the parser’s', async ({ assert }) => {
    for (const [lang, expected] of [
      ['da', 'Forespørgslen er ikke gyldig JSON'],
      ['sv', 'Förfrågan är inte giltig JSON'],
      ['en', 'The request is not valid JSON'],
    ]) {
      for (const body of ['{"q":', '"just a string"', '{']) {
        const answer = await post('/api/v1/kommuner/340/search/misses', body, {
          'accept-language': lang,
        })
        assert.equal(answer.status, 422, body)
        assert.equal(answer.body.errors[0].rule, 'json')
        assert.include(answer.body.errors[0].message, expected)
        assert.notInclude(JSON.stringify(answer.body), 'position')
      }
    }
  })

  test('invalid fields are 422 with a message per field in da, sv or en', async ({ assert }) => {
    await enableChat(await kommuneByCode(SOROE))
    const danish = await post('/api/v1/kommuner/340/search/misses', '{"q":5}')
    assert.equal(danish.status, 422)
    assert.deepInclude(
      danish.body.errors.map((e) => [e.field, e.message]),
      ['q', 'q skal være tekst']
    )
    const swedish = await post('/api/v1/chat/340/offline?lang=sv', '{"email":"x","body":"hej"}')
    assert.equal(swedish.status, 422)
    assert.equal(swedish.body.errors[0].message, 'Ange en giltig e-postadress')
    const english = await post(
      '/api/v1/kommuner/340/guides/byggetilladelse/callback',
      '{"phone":"x"}',
      { 'accept-language': 'en-GB,en;q=0.9' }
    )
    assert.equal(english.status, 422)
    assert.include(english.body.errors[0].message, 'must be at least 6 characters')
  })

  test('too large is 413 with a message', async ({ assert }) => {
    const answer = await post(
      '/api/v1/chat/340/offline',
      JSON.stringify({ body: 'x'.repeat(2 * 1024 * 1024) }),
      { 'accept-language': 'sv' }
    )
    assert.equal(answer.status, 413)
    assert.equal(answer.body.errors[0].message, 'Förfrågan är för stor.')
  })
})
