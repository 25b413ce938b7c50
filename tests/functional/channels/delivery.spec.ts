import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import queueConfig from '#config/queue'
import SendMessage, { ChannelUnavailableError } from '#actions/channels/send_message'
import DeliverMessageJob from '#jobs/deliver_message_job'
import Delivery from '#models/delivery'
import Message from '#models/message'
import type ChannelConnection from '#models/channel_connection'
import Queue from '#queue/queue'
import { backoffDelay } from '#queue/job'
import { demoUser, kommuneByCode, SOROE } from '#tests/helpers/accounts'
import {
  channelManager,
  FakeProvider,
  mailerConnection,
  mailerSettings,
  withTestMailer,
} from '#tests/helpers/channel_provider'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

async function send(
  connection: ChannelConnection,
  overrides: Partial<{ to: string; text: string; idempotencyKey: string }> = {}
) {
  const action = await app.container.make(SendMessage)
  return action.handle({
    connection,
    to: overrides.to ?? 'borger@example.dk',
    subject: 'Din vejledning',
    text: overrides.text ?? 'Sådan bestiller du pas.',
    idempotencyKey: overrides.idempotencyKey,
  })
}

async function deliveryLog(client: any, connection: ChannelConnection, page = 1) {
  const response = await client
    .get(`/admin/channels/${connection.id}/deliveries${page > 1 ? `?page=${page}` : ''}`)
    .loginAs(await demoUser('admin@soroe.dk'))
    .withInertia()
  response.assertStatus(200)
  response.assertInertiaComponent('admin/channels/deliveries')
  return response.inertiaProps as {
    messages: any[]
    page: { current: number; last: number; total: number }
  }
}

test.group('Channels: outbound delivery', (group) => {
  isolateEachTest(group)
  withTestMailer(group)
  let provider: FakeProvider
  let connection: ChannelConnection
  group.each.setup(async () => {
    provider = await new FakeProvider().start()
    connection = await mailerConnection(await kommuneByCode(SOROE), provider)
    return () => provider.stop()
  })

  test('a message is stored, then delivered by the job with its idempotency key', async ({
    client,
    assert,
  }) => {
    const message = await send(connection)
    assert.equal(message.status, 'queued')
    assert.equal(message.channel, 'email')
    await drainQueue()

    assert.lengthOf(provider.sends(), 1)
    const request = provider.sends()[0]
    assert.equal(request.headers['idempotency-key'], message.idempotencyKey)
    assert.deepInclude(JSON.parse(request.body), {
      to: 'borger@example.dk',
      subject: 'Din vejledning',
      text: 'Sådan bestiller du pas.',
      from: 'borgerservice@soroe.dk',
    })
    await message.refresh()
    assert.equal(message.status, 'sent')
    assert.equal(message.externalId, 'msg-1')
    assert.equal(message.attempts, 1)
    assert.isNotNull(message.sentAt)

    const log = await deliveryLog(client, connection)
    assert.equal(log.page.total, 1)
    assert.deepInclude(log.messages[0], { id: message.id, status: 'sent', attempts: 1 })
    assert.deepInclude(log.messages[0].deliveries[0], {
      source: 'attempt',
      attempt: 1,
      status: 'sent',
      externalId: 'msg-1',
      error: null,
    })
  })

  test('a failing gateway is retried with exponential backoff, then shows failed in the log', async ({
    client,
    assert,
  }) => {
    provider.failAlways(503)
    const message = await send(connection)
    await drainQueue()

    const attempts = DeliverMessageJob.retry.attempts
    const sends = provider.sends()
    assert.lengthOf(sends, attempts)
    assert.isTrue(
      sends.every((request) => request.headers['idempotency-key'] === message.idempotencyKey),
      'every retry carries the same idempotency key'
    )
    const policy = { ...queueConfig.retry, ...DeliverMessageJob.retry }
    for (let failures = 1; failures < attempts; failures++) {
      const gap = sends[failures].at - sends[failures - 1].at
      const expected = backoffDelay(policy, failures)
      assert.isAtLeast(gap, expected - 2, `wait before try ${failures + 1}`)
    }
    // The waits grow: the last is longer than the first.
    assert.isAbove(sends[attempts - 1].at - sends[attempts - 2].at, sends[1].at - sends[0].at)

    await message.refresh()
    assert.equal(message.status, 'failed')
    assert.equal(message.attempts, attempts)
    assert.match(message.lastError!, /Provider answered 503/)

    const log = await deliveryLog(client, connection)
    const row = log.messages[0]
    assert.equal(row.status, 'failed')
    assert.match(row.lastError, /503/)
    assert.lengthOf(row.deliveries, attempts)
    assert.deepEqual(
      row.deliveries.map((delivery: any) => delivery.attempt),
      [5, 4, 3, 2, 1],
      'newest attempt first'
    )
    assert.isTrue(row.deliveries.every((delivery: any) => delivery.status === 'failed'))
    assert.isTrue(row.deliveries.every((delivery: any) => delivery.retryable === true))
  })

  test('a transient failure is retried until it is sent', async ({ assert }) => {
    provider.respondWith(503, 429)
    const message = await send(connection)
    await drainQueue()
    await message.refresh()
    assert.equal(message.status, 'sent')
    assert.equal(message.attempts, 3)
    assert.isNull(message.lastError)
    const rows = await Delivery.query().where('message_id', message.id).orderBy('attempt')
    assert.deepEqual(
      rows.map((row) => [row.attempt, row.status]),
      [
        [1, 'failed'],
        [2, 'failed'],
        [3, 'sent'],
      ]
    )
  })

  test("a provider's Retry-After (429, 503) is waited out before the next try; 408 is temporary", async ({
    assert,
  }) => {
    provider.retryAfter('1')
    provider.respondWith(429, 408)
    const message = await send(connection)
    await drainQueue()
    await message.refresh()
    assert.equal(message.status, 'sent')
    const sends = provider.sends()
    assert.lengthOf(sends, 3, '429 and 408 are both retried')
    const policy = { ...queueConfig.retry, ...DeliverMessageJob.retry }
    assert.isBelow(backoffDelay(policy, 2), 1000, 'the backoff alone would not wait a second')
    for (const failures of [1, 2]) {
      const gap = sends[failures].at - sends[failures - 1].at
      assert.isAtLeast(gap, 1000 - 2, `try ${failures + 1} waited for Retry-After: 1`)
    }

    provider.retryAfter(new Date(Date.now() + 1500).toUTCString())
    provider.respondWith(503)
    const second = await send(connection, { idempotencyKey: 'retry-after-date' })
    await drainQueue()
    await second.refresh()
    assert.equal(second.status, 'sent')
    const [failed, sent] = provider.sends().slice(-2)
    /** An HTTP date has second precision: at least half a second is left of 1.5 s. */
    assert.isAtLeast(sent.at - failed.at, 500, 'an HTTP-date Retry-After is honoured too')
  })

  test('a non-retryable failure fails at once', async ({ assert }) => {
    provider.respondWith(422)
    const message = await send(connection)
    await drainQueue()
    await message.refresh()
    assert.equal(message.status, 'failed')
    assert.equal(message.attempts, 1)
    assert.lengthOf(provider.sends(), 1)
    const [row] = await Delivery.query().where('message_id', message.id)
    assert.isFalse(row.retryable)
    assert.match(row.error!, /422/)
  })

  test('a duplicated or re-run job never sends twice', async ({ assert }) => {
    // The row without its automatic dispatch: the jobs below are the only ones.
    const message = await Message.create({
      kommuneId: connection.kommuneId,
      connectionId: connection.id,
      channel: 'email',
      idempotencyKey: 'dup-test-1',
      to: 'borger@example.dk',
      text: 'Hej',
      status: 'queued',
      attempts: 0,
    })
    const payload = { kommuneId: message.kommuneId, messageId: message.id }
    const queue = await app.container.make(Queue)
    await Promise.all([
      queue.dispatch(DeliverMessageJob, payload),
      queue.dispatch(DeliverMessageJob, payload),
      new DeliverMessageJob().handle(payload),
      new DeliverMessageJob().handle(payload),
    ])
    await drainQueue()
    await new DeliverMessageJob().handle(payload)

    assert.lengthOf(provider.sends(), 1)
    await message.refresh()
    assert.equal(message.status, 'sent')
    assert.equal(message.attempts, 1)
    assert.lengthOf(await Delivery.query().where('message_id', message.id), 1)
  })

  test('the same idempotency key gives the same message and one send', async ({ assert }) => {
    const first = await send(connection, { idempotencyKey: 'guidance-42' })
    const second = await send(connection, { idempotencyKey: 'guidance-42' })
    assert.equal(second.id, first.id)
    await drainQueue()
    assert.lengthOf(provider.sends(), 1)
  })

  test("the job is dispatched after the caller's transaction commits, never on rollback", async ({
    assert,
  }) => {
    const action = await app.container.make(SendMessage)
    const queue = await app.container.make(Queue)
    const dispatched: unknown[] = []
    const original = queue.dispatch.bind(queue)
    queue.dispatch = ((job, payload, options) => {
      dispatched.push(payload)
      return original(job, payload, options)
    }) as typeof queue.dispatch
    try {
      await db
        .transaction(async (trx) => {
          await action.handle({ connection, to: 'a@example.dk', text: 'rolled back' }, { trx })
          throw new Error('roll back')
        })
        .catch(() => {})
      assert.lengthOf(dispatched, 0, 'a rolled-back message is never dispatched')

      const committed = await db.transaction(async (trx) => {
        const message = await action.handle(
          { connection, to: 'b@example.dk', text: 'committed' },
          { trx }
        )
        assert.lengthOf(dispatched, 0, 'nothing is dispatched before the commit')
        return message
      })
      assert.lengthOf(dispatched, 1)
      await drainQueue()
      assert.lengthOf(provider.sends(), 1)
      assert.equal(JSON.parse(provider.sends()[0].body).to, 'b@example.dk')
      assert.isNull(await Message.findBy('text', 'rolled back'))
      await committed.refresh()
      assert.equal(committed.status, 'sent')
    } finally {
      delete (queue as { dispatch?: unknown }).dispatch
    }
  })

  test('a disabled connection cannot send', async ({ assert }) => {
    connection.enabled = false
    await connection.save()
    await assert.rejects(() => send(connection), ChannelUnavailableError)
    // A message queued before the connection was disabled fails without a send.
    connection.enabled = true
    await connection.save()
    const message = await Message.create({
      kommuneId: connection.kommuneId,
      connectionId: connection.id,
      channel: 'email',
      idempotencyKey: 'queued-before-disable',
      to: 'borger@example.dk',
      text: 'Hej',
      status: 'queued',
      attempts: 0,
    })
    connection.enabled = false
    await connection.save()
    await new DeliverMessageJob().handle({ kommuneId: message.kommuneId, messageId: message.id })
    await message.refresh()
    assert.equal(message.status, 'failed')
    assert.lengthOf(provider.sends(), 0)
  })

  test('new settings take effect on the next send (the cached driver is rebuilt)', async ({
    assert,
  }) => {
    await send(connection)
    await drainQueue()
    const second = await new FakeProvider().start()
    try {
      connection.writeSettings(mailerSettings(second))
      await connection.save()
      await send(connection)
      await drainQueue()
      assert.lengthOf(provider.sends(), 1)
      assert.lengthOf(second.sends(), 1)
    } finally {
      await second.stop()
    }
  })

  test('the delivery log pages newest first', async ({ client, assert }) => {
    for (let index = 1; index <= 30; index++) {
      await Message.create({
        kommuneId: connection.kommuneId,
        connectionId: connection.id,
        channel: 'email',
        idempotencyKey: `page-${index}`,
        to: `borger${index}@example.dk`,
        text: `Besked ${index}`,
        status: 'sent',
        attempts: 1,
      })
    }
    const first = await deliveryLog(client, connection)
    assert.deepEqual(first.page, { current: 1, last: 2, total: 30, perPage: 25 })
    assert.lengthOf(first.messages, 25)
    assert.equal(first.messages[0].to, 'borger30@example.dk')
    const second = await deliveryLog(client, connection, 2)
    assert.lengthOf(second.messages, 5)
    assert.equal(second.messages[4].to, 'borger1@example.dk')
  })

  test('channelManager.fake() records sends and can fail them', async ({ assert }) => {
    const fake = channelManager.fake()
    try {
      await send(connection, { to: 'a@example.dk' })
      await drainQueue()
      assert.lengthOf(fake.sentTo('a@example.dk'), 1)
      assert.lengthOf(provider.sends(), 0, 'the fake stands in for the provider')

      fake.failWith({ retryable: false, message: 'Invalid recipient', times: 1 })
      const message = await send(connection, { to: 'b@example.dk' })
      await drainQueue()
      await message.refresh()
      assert.equal(message.status, 'failed')
      assert.equal(message.lastError, 'Invalid recipient')
      assert.lengthOf(fake.sentTo('b@example.dk'), 0)
    } finally {
      channelManager.restore()
    }
  })
})
