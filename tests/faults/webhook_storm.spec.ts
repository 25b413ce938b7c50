import { test } from '@japa/runner'
import { SIGNATURE_HEADER, signPayload } from '#channel_kit'
import type ChannelConnection from '#models/channel_connection'
import Delivery from '#models/delivery'
import InboundEvent from '#models/inbound_event'
import Message from '#models/message'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import {
  appBase,
  FakeProvider,
  mailerConnection,
  WEBHOOK_SECRET,
  withTestMailer,
} from '#tests/helpers/channel_provider'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

function sentMessage(connection: ChannelConnection, externalId: string) {
  return Message.create({
    kommuneId: connection.kommuneId,
    connectionId: connection.id,
    channel: 'email',
    idempotencyKey: `storm-${externalId}`,
    to: 'borger@example.dk',
    text: 'Hej',
    status: 'sent',
    externalId,
    attempts: 1,
  })
}

/** A provider that retries: signed again each time, so the bytes differ only by order. */
function post(connectionId: string, events: Record<string, string>[]) {
  const body = JSON.stringify({ events })
  return fetch(`${appBase()}/webhooks/channels/${connectionId}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [SIGNATURE_HEADER]: signPayload(WEBHOOK_SECRET, body),
    },
    body,
  }).then((response) => response.status)
}

/** Fisher–Yates with a fixed seed: the order is scrambled, the run repeatable. */
function shuffled<T>(items: T[], seed = 7) {
  const out = [...items]
  let state = seed
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31
    const j = state % (i + 1)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

test.group('Faults: the same webhook many times, out of order', (group) => {
  isolateEachTest(group)
  withTestMailer(group)
  let provider: FakeProvider
  group.each.setup(async () => {
    provider = await new FakeProvider().start()
    return () => provider.stop()
  })

  test('10 copies of each event, scrambled and concurrent, are one event each', async ({
    assert,
  }) => {
    const connection = await mailerConnection(await kommuneByCode(SOROE), provider)
    const delivered = await sentMessage(connection, 'msg-storm-1')
    const bounced = await sentMessage(connection, 'msg-storm-2')
    const a = { id: 'evt-storm-a', type: 'delivered', messageId: 'msg-storm-1' }
    const b = { id: 'evt-storm-b', type: 'bounced', messageId: 'msg-storm-2', reason: 'Full' }
    // Alone, together in either order: 10 posts carry each event 10 times in all.
    const posts = shuffled([
      ...Array.from({ length: 4 }, () => [a]),
      ...Array.from({ length: 4 }, () => [b]),
      ...Array.from({ length: 3 }, () => [b, a]),
      ...Array.from({ length: 3 }, () => [a, b]),
    ])
    const statuses = await Promise.all(posts.map((events) => post(connection.id, events)))
    assert.deepEqual([...new Set(statuses)], [200])
    await drainQueue()

    const stored = await InboundEvent.query().where('connection_id', connection.id)
    assert.sameMembers(
      stored.map((event) => event.eventId),
      ['evt-storm-a', 'evt-storm-b']
    )
    assert.isTrue(stored.every((event) => event.processedAt !== null))
    assert.lengthOf(await Delivery.query().where('message_id', delivered.id), 1)
    assert.lengthOf(await Delivery.query().where('message_id', bounced.id), 1)
    await delivered.refresh()
    await bounced.refresh()
    assert.equal(delivered.status, 'delivered')
    assert.equal(bounced.status, 'failed')
  })
})
