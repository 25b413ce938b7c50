import { test } from '@japa/runner'
import { ChannelSendError } from '#channel_kit'
import type { ChannelDriver } from '#channel_kit'
import smsPlugin from '#plugins/sms/index'
import { gsm7Friendly, smsSegments } from '#channel_kit'
import {
  CapturingLogger,
  createChannelContext,
  registerChannelPluginContract,
  signedInbound,
} from '#channel_kit/testing'
import {
  FakeGateway,
  message,
  smsInput,
  smsScenarios,
  API_TOKEN,
  WEBHOOK_SECRET,
  WEBHOOK_URL,
} from '#tests/fixtures/channels/sms_gateway'

const gateway = new FakeGateway()
const validInput = () => smsInput(gateway)

registerChannelPluginContract({
  test,
  id: 'sms',
  plugin: smsPlugin,
  scenarios: smsScenarios(gateway),
})

async function smsDriver(cleanup: (handler: () => Promise<void>) => void): Promise<ChannelDriver> {
  const settings = await smsPlugin.settings.validate(validInput())
  const driver = await smsPlugin.createDriver(
    createChannelContext({
      plugin: smsPlugin,
      kommune: { code: '340', name: 'Sorø' },
      connectionId: 'sms-test',
      settings,
      logger: new CapturingLogger(),
      webhookUrl: WEBHOOK_URL,
    })
  )
  cleanup(async () => driver.close?.())
  return driver
}

async function sendError(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    if (error instanceof ChannelSendError) return error
    throw error
  }
  throw new Error('expected a ChannelSendError')
}

test.group('SMS plugin: segmentation', () => {
  test('{length} GSM-7 characters are {segments} SMS')
    .with([
      { length: 160, text: 'a'.repeat(160), segments: 1, perSegment: 160 },
      { length: 161, text: 'a'.repeat(161), segments: 2, perSegment: 153 },
      { length: 306, text: 'a'.repeat(306), segments: 2, perSegment: 153 },
      { length: 307, text: 'a'.repeat(307), segments: 3, perSegment: 153 },
      { length: 918, text: 'a'.repeat(918), segments: 6, perSegment: 153 },
      { length: 0, text: '', segments: 1, perSegment: 160 },
    ])
    .run(({ assert }, row) => {
      assert.deepInclude(smsSegments(row.text), {
        encoding: 'GSM-7',
        segments: row.segments,
        perSegment: row.perSegment,
      })
    })

  test('Danish and Swedish letters stay GSM-7; ç and emoji switch to UCS-2', ({ assert }) => {
    assert.equal(
      smsSegments('Blåbærgrød, Ærø, Øst, Åbenrå, Malmö, Göteborg, Café').encoding,
      'GSM-7'
    )
    assert.equal(smsSegments('Façade').encoding, 'UCS-2')
    assert.equal(smsSegments('Tak 👍').encoding, 'UCS-2')
  })

  test('dashes, curly quotes and friends get their GSM-7 stand-ins; emoji stay', ({ assert }) => {
    const text = 'Åbent 8–15 — “Borgerservice” ’s … • Café'
    assert.equal(smsSegments(text).encoding, 'UCS-2')
    const friendly = gsm7Friendly(text)
    assert.equal(friendly, 'Åbent 8-15 - "Borgerservice" \'s ... - Café')
    assert.equal(smsSegments(friendly).encoding, 'GSM-7')
    assert.equal(gsm7Friendly('Tak 👍'), 'Tak 👍')
    /** Five short lines with one en dash: 4 SMS in UCS-2, 1 in GSM-7. */
    const lines = [
      'Byggetilladelse – Sorø',
      'Ansøg: https://bygogmiljoe.dk',
      'Læs mere: https://vejviser.dk/k/soroe/vejledning/byggetilladelse',
      'Byg og Miljø: 57 87 60 00',
      'Venlig hilsen Sorø Kommune',
    ].join('\n')
    assert.isAbove(smsSegments(lines).segments, smsSegments(gsm7Friendly(lines)).segments)
  })

  test('extension characters cost two septets and are never split', ({ assert }) => {
    assert.deepInclude(smsSegments('€'.repeat(80)), { segments: 1, units: 160 })
    assert.deepInclude(smsSegments('€'.repeat(81)), { segments: 2, units: 162 })
    /** 152 + 2 does not fit 153: the € opens segment two, one "a" spills into a third. */
    const text = 'a'.repeat(152) + '€' + 'a'.repeat(152)
    assert.deepInclude(smsSegments(text), { encoding: 'GSM-7', segments: 3, units: 306 })
  })

  test('UCS-2 fits 70 in one SMS and 67 per segment', ({ assert }) => {
    assert.deepInclude(smsSegments('ç'.repeat(70)), {
      encoding: 'UCS-2',
      segments: 1,
      perSegment: 70,
    })
    assert.deepInclude(smsSegments('ç'.repeat(71)), { segments: 2, perSegment: 67 })
    assert.deepInclude(smsSegments('😀'.repeat(35)), { segments: 1, units: 70 })
    assert.deepInclude(smsSegments('😀'.repeat(36)), { segments: 2, units: 72 })
  })
})

test.group('SMS plugin: gateway requests', (group) => {
  group.setup(async () => {
    await gateway.start()
    return () => gateway.stop()
  })
  group.each.setup(() => gateway.reset())

  test('posts sender, message and E.164 recipient with the API token', async ({
    assert,
    cleanup,
  }) => {
    const driver = await smsDriver(cleanup)
    const result = await driver.send(message())
    assert.equal(result.externalId, '900001')
    const [{ request, body }] = gateway.accepted
    assert.equal(request.method, 'POST')
    assert.equal(request.path, '/mtsms')
    assert.equal(request.headers.authorization, `Token ${API_TOKEN}`)
    assert.equal(request.headers['content-type'], 'application/json')
    assert.equal(request.headers['idempotency-key'], 'delivery-41')
    assert.deepInclude(body, {
      sender: 'SoroeKom',
      message: message().text,
      recipients: [{ msisdn: 4520123456 }],
      userref: 'delivery-41',
      callback_url: WEBHOOK_URL,
    })
    assert.notProperty(body, 'encoding')
  })

  test('flags UCS-2 texts and allows 6 × 67 characters of them', async ({ assert, cleanup }) => {
    const driver = await smsDriver(cleanup)
    await driver.send(message({ text: 'ç'.repeat(402) }))
    /** ç has no GSM-7 stand-in (only Ç): the text goes as UCS-2, unchanged. */
    assert.equal(gateway.accepted[0].body.encoding, 'UCS2')
    const error = await sendError(driver.send(message({ text: 'ç'.repeat(403) })))
    assert.isFalse(error.retryable)
    assert.include(error.message, '7 SMS (UCS-2, 67 per SMS)')
    assert.lengthOf(gateway.accepted, 1)
  })

  test('refuses a foreign recipient clearly, without calling the gateway', async ({
    assert,
    cleanup,
  }) => {
    const driver = await smsDriver(cleanup)
    const error = await sendError(driver.send(message({ to: '+44 7700 900123' })))
    assert.isFalse(error.retryable)
    assert.include(error.message, 'only Danish (+45) and Swedish (+46) numbers')
    assert.lengthOf(gateway.remote!.requests, 0)
  })

  test('a 400 carries the gateway message; 429 and an unreachable gateway are retryable', async ({
    assert,
    cleanup,
  }) => {
    const driver = await smsDriver(cleanup)
    gateway.outcome = 'permanent_failure'
    const refused = await sendError(driver.send(message()))
    assert.equal(refused.status, 400)
    assert.include(refused.message, 'Invalid recipient')

    gateway.outcome = 'rate_limited'
    const limited = await sendError(driver.send(message()))
    assert.isTrue(limited.retryable)

    const settings = await smsPlugin.settings.validate({
      ...validInput(),
      baseUrl: 'http://127.0.0.1:9',
    })
    const offline = await smsPlugin.createDriver(
      createChannelContext({
        plugin: smsPlugin,
        kommune: { code: '340', name: 'Sorø' },
        connectionId: 'sms-offline',
        settings,
        logger: new CapturingLogger(),
        webhookUrl: WEBHOOK_URL,
      })
    )
    const unreachable = await sendError(offline.send(message()))
    assert.isTrue(unreachable.retryable)
    assert.include(unreachable.message, 'unreachable')
  })
})

test.group('SMS plugin: webhooks', () => {
  test('delivery reports map final statuses and skip intermediate ones', async ({
    assert,
    cleanup,
  }) => {
    const driver = await smsDriver(cleanup)
    const raw = signedInbound(WEBHOOK_SECRET, [
      { id: 1, msisdn: 4520123456, time: 1_700_000_000, status: 'ENROUTE' },
      { id: 1, msisdn: 4520123456, time: 1_700_000_060, status: 'DELIVERED' },
      {
        id: 2,
        msisdn: 4520123457,
        time: 1_700_000_120,
        status: 'UNDELIVERABLE',
        error: 'Absent subscriber',
      },
    ])
    assert.isTrue(driver.inbound!.verifySignature(raw))
    assert.deepEqual(await driver.inbound!.parse(raw), [
      {
        type: 'delivery_status',
        eventId: 'dlr:1:DELIVERED',
        externalId: '1',
        status: 'delivered',
        detail: null,
        at: new Date(1_700_000_060_000),
      },
      {
        type: 'delivery_status',
        eventId: 'dlr:2:UNDELIVERABLE',
        externalId: '2',
        status: 'failed',
        detail: 'Absent subscriber',
        at: new Date(1_700_000_120_000),
      },
    ])
  })

  test('an incoming SMS becomes a message event from the E.164 sender', async ({
    assert,
    cleanup,
  }) => {
    const driver = await smsDriver(cleanup)
    const raw = signedInbound(WEBHOOK_SECRET, {
      id: 77,
      msisdn: 46701234567,
      receiver: 4512345678,
      message: 'Hvornår får jeg svar?',
      senttime: 1_700_000_000,
    })
    assert.deepEqual(await driver.inbound!.parse(raw), [
      {
        type: 'message',
        eventId: 'mo:77',
        from: '+46701234567',
        text: 'Hvornår får jeg svar?',
        receivedAt: new Date(1_700_000_000_000),
      },
    ])
  })

  test('a body that is not JSON is an error', async ({ assert, cleanup }) => {
    const driver = await smsDriver(cleanup)
    await assert.rejects(
      async () => driver.inbound!.parse(signedInbound(WEBHOOK_SECRET, 'status=DELIVERED')),
      'SMS webhook body is not JSON'
    )
  })
})
