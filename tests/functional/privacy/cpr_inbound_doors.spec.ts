import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { SIGNATURE_HEADER, signPayload } from '#channel_kit'
import type ChannelConnection from '#models/channel_connection'
import InboundEvent from '#models/inbound_event'
import SearchMiss from '#models/search_miss'
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

/**
 * Text that arrives from outside — provider webhooks (e-mail and SMS
 * replies) and the public search widget — is stored CPR-masked, while the
 * identifiers other rows are matched on stay exact.
 */
async function postWebhook(connectionId: string, body: string, contentType = 'application/json') {
  const response = await fetch(`${appBase()}/webhooks/channels/${connectionId}`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      [SIGNATURE_HEADER]: signPayload(WEBHOOK_SECRET, body),
    },
    body,
  })
  return response.status
}

test.group('CPR masking: inbound doors', (group) => {
  isolateEachTest(group)
  withTestMailer(group)
  let provider: FakeProvider
  let connection: ChannelConnection
  group.each.setup(async () => {
    provider = await new FakeProvider().start()
    connection = await mailerConnection(await kommuneByCode(SOROE), provider)
    return () => provider.stop()
  })

  test('an inbound reply is stored with the CPR masked and its ids exact', async ({ assert }) => {
    const body = JSON.stringify({
      events: [
        {
          id: 'evt-0101901234',
          type: 'reply',
          from: 'borger@example.dk',
          text: 'Hej, mit cpr er 010190 - 1234 og min søns er ０２０２１２－５６７８',
        },
      ],
    })
    assert.equal(await postWebhook(connection.id, body), 200)
    await drainQueue()
    const event = await InboundEvent.query().where('connection_id', connection.id).firstOrFail()
    assert.equal(event.eventId, 'evt-0101901234', 'the provider id is matched on, never masked')
    assert.equal(event.payload.text, 'Hej, mit cpr er xxxxxx - xxxx og min søns er xxxxxx－xxxx')
    assert.equal(event.payload.from, 'borger@example.dk')
    const raw = await db.from('inbound_events').where('id', event.id).select('payload').first()
    assert.notMatch(JSON.stringify(raw.payload), /- 1234|5678/)
  })

  test('a form-encoded reply is masked the same way', async ({ assert }) => {
    const body = new URLSearchParams({
      id: 'evt-form-1',
      type: 'reply',
      from: 'borger@example.dk',
      text: 'personnummer 19900101+1234, tack',
    }).toString()
    assert.equal(await postWebhook(connection.id, body, 'application/x-www-form-urlencoded'), 200)
    const event = await InboundEvent.query().where('event_id', 'evt-form-1').firstOrFail()
    assert.equal(event.payload.text, 'personnummer xxxxxxxx+xxxx, tack')
  })

  test('a delivery receipt whose provider id looks like a CPR still finds its message', async ({
    assert,
  }) => {
    const body = JSON.stringify({
      events: [
        { id: 'evt-r1', type: 'bounced', messageId: '0101901234', reason: 'cpr 0101901234' },
      ],
    })
    assert.equal(await postWebhook(connection.id, body), 200)
    const event = await InboundEvent.query().where('event_id', 'evt-r1').firstOrFail()
    assert.equal(event.payload.externalId, '0101901234')
    assert.equal(event.payload.detail, 'cpr xxxxxxxxxx')
  })

  test('search misses from the public widget are stored masked', async ({ client, assert }) => {
    const posted = await client
      .post('/api/v1/kommuner/340/search/misses')
      .json({ q: 'flytning cpr0101901234 og 010190/1234', hits: 3 })
    posted.assertStatus(204)
    await client.get('/api/v1/kommuner/340/search').qs({ q: 'qwxzk O1O19O-1234' })
    await drainQueue()
    const misses = await SearchMiss.query().orderBy('id', 'desc').limit(2)
    assert.sameMembers(
      misses.map((miss) => miss.query),
      ['flytning cprxxxxxxxxxx og xxxxxx/xxxx', 'qwxzk xxxxxx-xxxx']
    )
  })
})
