import { test } from '@japa/runner'
import { SIGNATURE_HEADER, signPayload } from '#channel_kit'
import ChannelConnection from '#models/channel_connection'
import Delivery from '#models/delivery'
import InboundEvent from '#models/inbound_event'
import Message from '#models/message'
import { demoUser, kommuneByCode, SOROE } from '#tests/helpers/accounts'
import {
  appBase,
  FakeProvider,
  mailerConnection,
  WEBHOOK_SECRET,
  withTestMailer,
} from '#tests/helpers/channel_provider'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

/** Posts exactly these bytes to a connection's webhook (no cookies, no CSRF token). */
async function post(
  connectionId: string,
  body: string | Buffer,
  options: { contentType?: string; signature?: string | null } = {}
) {
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/json',
  }
  const signature =
    options.signature === undefined ? signPayload(WEBHOOK_SECRET, body) : options.signature
  if (signature !== null) headers[SIGNATURE_HEADER] = signature
  const response = await fetch(`${appBase()}/webhooks/channels/${connectionId}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : new Uint8Array(body),
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : null,
  }
}

function events(...list: Record<string, string>[]) {
  return JSON.stringify({ events: list })
}

/** A sent message with the provider's id, as the delivery job leaves it. */
function sentMessage(connection: ChannelConnection, externalId: string) {
  return Message.create({
    kommuneId: connection.kommuneId,
    connectionId: connection.id,
    channel: 'email',
    idempotencyKey: `webhook-${externalId}`,
    to: 'borger@example.dk',
    text: 'Hej',
    status: 'sent',
    externalId,
    attempts: 1,
  })
}

test.group('Channels: inbound webhooks', (group) => {
  isolateEachTest(group)
  withTestMailer(group)
  let provider: FakeProvider
  let connection: ChannelConnection
  group.each.setup(async () => {
    provider = await new FakeProvider().start()
    connection = await mailerConnection(await kommuneByCode(SOROE), provider)
    return () => provider.stop()
  })

  test('a signed receipt is stored, answered 200 at once and applied by a job', async ({
    client,
    assert,
  }) => {
    const message = await sentMessage(connection, 'msg-77')
    const response = await post(
      connection.id,
      events({ id: 'evt-1', type: 'delivered', messageId: 'msg-77' })
    )
    assert.equal(response.status, 200)
    assert.deepEqual(response.body, { received: 1, duplicates: 0 })
    assert.isNull(response.headers.get('set-cookie'), 'a lean route: no session')

    await drainQueue()
    const stored = await InboundEvent.query().where('connection_id', connection.id).firstOrFail()
    assert.equal(stored.kommuneId, connection.kommuneId)
    assert.equal(stored.eventId, 'evt-1')
    assert.equal(stored.type, 'delivery_status')
    assert.isNotNull(stored.processedAt)
    assert.isNull(stored.error)
    await message.refresh()
    assert.equal(message.status, 'delivered')
    assert.isNotNull(message.deliveredAt)
    const receipt = await Delivery.query().where('message_id', message.id).firstOrFail()
    assert.equal(receipt.source, 'receipt')
    assert.equal(receipt.status, 'delivered')

    // The delivery log shows the receipt.
    const log = await client
      .get(`/admin/channels/${connection.id}/deliveries`)
      .loginAs(await demoUser('admin@soroe.dk'))
      .withInertia()
    const row = log.inertiaProps.messages.find((item: any) => item.id === message.id)
    assert.equal(row.status, 'delivered')
    assert.deepInclude(row.deliveries[0], { source: 'receipt', status: 'delivered' })
  })

  test('the same event delivered twice is stored and applied once', async ({ assert }) => {
    const message = await sentMessage(connection, 'msg-5')
    const body = events({
      id: 'evt-dup',
      type: 'bounced',
      messageId: 'msg-5',
      reason: 'Mailbox full',
    })
    const first = await post(connection.id, body)
    const second = await post(connection.id, body)
    const resent = await post(connection.id, body) // a provider retry, signed again later
    assert.deepEqual(first.body, { received: 1, duplicates: 0 })
    assert.deepEqual(second.body, { received: 0, duplicates: 1 })
    assert.deepEqual(resent.body, { received: 0, duplicates: 1 })
    await drainQueue()
    assert.lengthOf(await InboundEvent.query().where('connection_id', connection.id), 1)
    assert.lengthOf(await Delivery.query().where('message_id', message.id), 1)
    await message.refresh()
    assert.equal(message.status, 'failed')
    assert.equal(message.lastError, 'Mailbox full')
  })

  test('a bad, missing or stale signature is a 401 and nothing is stored', async ({ assert }) => {
    const body = events({ id: 'evt-x', type: 'delivered', messageId: 'msg-1' })
    const wrongSecret = await post(connection.id, body, {
      signature: signPayload('not-the-secret-at-all', body),
    })
    const missing = await post(connection.id, body, { signature: null })
    const stale = await post(connection.id, body, {
      signature: signPayload(WEBHOOK_SECRET, body, new Date(Date.now() - 3600_000)),
    })
    // Signed over other bytes (the same JSON, formatted differently).
    const reformatted = await post(connection.id, JSON.stringify(JSON.parse(body), null, 2), {
      signature: signPayload(WEBHOOK_SECRET, body),
    })
    for (const response of [wrongSecret, missing, stale, reformatted]) {
      assert.equal(response.status, 401)
    }
    await drainQueue()
    assert.lengthOf(await InboundEvent.query().where('connection_id', connection.id), 0)
  })

  test('the signature is checked over the exact bytes, whatever the body type', async ({
    assert,
  }) => {
    // UTF-8 beyond ASCII (æøå, an emoji) in JSON …
    const json = `{"events":[{"id":"evt-utf8","type":"reply","from":"borger@example.dk","text":"Tak for hjælpen – Søren 👍"}]}`
    const viaJson = await post(connection.id, json)
    assert.equal(viaJson.status, 200)
    // … a form body (the bodyparser reads these too) …
    const form = 'id=evt-form&type=delivered&messageId=msg-form&reason=%C3%A6%C3%B8%C3%A5'
    const viaForm = await post(connection.id, form, {
      contentType: 'application/x-www-form-urlencoded',
    })
    assert.equal(viaForm.status, 200)
    // … and a type the bodyparser leaves alone, read from the stream.
    const bytes = Buffer.from(events({ id: 'evt-bin', type: 'delivered', messageId: 'msg-bin' }))
    const viaStream = await post(connection.id, bytes, { contentType: 'application/octet-stream' })
    assert.equal(viaStream.status, 200)

    await drainQueue()
    const stored = await InboundEvent.query()
      .where('connection_id', connection.id)
      .orderBy('event_id')
    assert.deepEqual(
      stored.map((row) => row.eventId),
      ['evt-bin', 'evt-form', 'evt-utf8']
    )
    const reply = stored.find((row) => row.eventId === 'evt-utf8')!
    assert.equal(reply.payload.text, 'Tak for hjælpen – Søren 👍')
    assert.isNotNull(reply.processedAt)
  })

  test('unknown, malformed, disabled and uninstalled connections are a 404', async ({ assert }) => {
    const body = events({ id: 'evt-404', type: 'delivered', messageId: 'msg-1' })
    const unknown = await post('A'.repeat(32), body)
    const malformed = await post('not-a-connection', body)
    assert.equal(unknown.status, 404)
    assert.equal(malformed.status, 404)

    connection.enabled = false
    await connection.save()
    const disabled = await post(connection.id, body)
    assert.equal(disabled.status, 404)

    // A connection whose plugin has been uninstalled since.
    const orphan = new ChannelConnection().merge({
      kommuneId: connection.kommuneId,
      pluginId: 'uninstalled_plugin',
      enabled: true,
    })
    orphan.writeSettings({ webhookSecret: WEBHOOK_SECRET })
    await orphan.save()
    const uninstalled = await post(orphan.id, body)
    assert.equal(uninstalled.status, 404)
    assert.lengthOf(await InboundEvent.query().where('connection_id', connection.id), 0)
  })

  test('a connection whose plugin takes no webhooks is a 404', async ({ assert }) => {
    const callbacks = new ChannelConnection().merge({
      kommuneId: connection.kommuneId,
      pluginId: 'phone_callback',
      enabled: true,
    })
    callbacks.writeSettings({ openingHours: { mon: ['08:00', '15:00'] } })
    await callbacks.save()
    const response = await post(callbacks.id, events({ id: 'e', type: 'delivered' }))
    assert.equal(response.status, 404)
  })

  test('a receipt for a message we do not know is kept with a note', async ({ assert }) => {
    const response = await post(
      connection.id,
      events({ id: 'evt-unknown', type: 'delivered', messageId: 'msg-nobody' })
    )
    assert.equal(response.status, 200)
    await drainQueue()
    const stored = await InboundEvent.findByOrFail('event_id', 'evt-unknown')
    assert.isNotNull(stored.processedAt)
    assert.match(stored.error!, /No message with external id msg-nobody/)
  })

  test("a receipt only touches its own connection's messages", async ({ assert }) => {
    // Another connection (another kommune) has a message with the same provider id.
    const slagelse = await kommuneByCode('330')
    const other = await mailerConnection(slagelse, provider)
    const theirs = await sentMessage(other, 'msg-shared')
    await post(connection.id, events({ id: 'evt-s', type: 'delivered', messageId: 'msg-shared' }))
    await drainQueue()
    await theirs.refresh()
    assert.equal(theirs.status, 'sent')
  })
})
