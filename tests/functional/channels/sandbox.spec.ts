import { test } from '@japa/runner'
import channelSandbox from '#channels/sandbox/channel_sandbox'
import ChannelConnection from '#models/channel_connection'
import InboundEvent from '#models/inbound_event'
import Message from '#models/message'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { guideBySlug } from '#tests/helpers/knowledge'
import { drainQueue } from '#tests/helpers/queue'
import { sandboxFor, waitForOutbox, withSandbox } from '#tests/helpers/sandbox'
import { isolateEachTest } from '#tests/helpers/transactions'

const soroeStaff = () => demoUser('medarbejder@soroe.dk')

async function waitForStatus(id: number, status: string, ms = 10_000) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    await drainQueue()
    const message = await Message.findOrFail(id)
    if (message.status === status) return message
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`message ${id} never became ${status}`)
}

test.group('Channel sandbox: local SMTP server and SMS gateway, and the outbox', (group) => {
  withSandbox(group)
  isolateEachTest(group)

  test('an SMS goes through the gateway, GSM-7 friendly, and its receipt comes back signed', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await sandboxFor(soroe)
    const guide = await guideBySlug('byggetilladelse')
    const page = await client
      .get(`/staff/guides/${guide.id}`)
      .loginAs(await soroeStaff())
      .withInertia()
    const preview = page.inertiaProps.previews.sms
    assert.equal(preview.encoding, 'GSM-7', 'a dash or a curly quote must not force UCS-2')
    assert.closeTo(preview.cost, 0.25 * preview.segments, 0.0001)
    assert.equal(preview.currency, 'DKK')

    const response = await client
      .post(`/staff/guides/${guide.id}/send`)
      .form({ channel: 'sms', to: '20 12 34 56' })
      .loginAs(await soroeStaff())
      .withCsrfToken()
      .redirects(0)
    assert.match(String(response.flashMessages().success), /^Lagt i kø til \+4520123456/)
    const id = Number(response.flashMessages().sentMessageId)
    const received = await waitForOutbox(soroe, (message) => message.to === '+4520123456')
    assert.equal(received.channel, 'sms')
    assert.equal(received.text, preview.text, 'the gateway got exactly the preview')

    const delivered = await waitForStatus(id, 'delivered')
    assert.equal(delivered.externalId, received.externalId)
    const status = await client.get(`/staff/messages/${id}`).loginAs(await soroeStaff())
    assert.deepInclude(status.body(), { status: 'delivered', retrying: false })
    assert.notProperty(status.body(), 'error', 'no raw provider text for staff')

    const outbox = await client
      .get('/sandbox/outbox')
      .loginAs(await soroeStaff())
      .withInertia()
    outbox.assertInertiaComponent('sandbox/outbox')
    assert.equal(outbox.inertiaProps.messages[0].status, 'delivered')
  })

  test('an undeliverable number ends as failed, said in Danish', async ({ client, assert }) => {
    const soroe = await kommuneByCode(SOROE)
    await sandboxFor(soroe)
    const guide = await guideBySlug('byggetilladelse')
    const response = await client
      .post(`/staff/guides/${guide.id}/send`)
      .form({ channel: 'sms', to: '+45 99 99 00 00' })
      .loginAs(await soroeStaff())
      .withCsrfToken()
      .redirects(0)
    const id = Number(response.flashMessages().sentMessageId)
    await waitForStatus(id, 'failed')
    const outbox = await waitForOutbox(soroe, (message) => message.status === 'failed')
    assert.equal(outbox.to, '+4599990000')
  })

  test('an e-mail goes through SMTP; the citizen replies through the signed webhook', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await sandboxFor(soroe)
    const guide = await guideBySlug('byggetilladelse')
    const response = await client
      .post(`/staff/guides/${guide.id}/send`)
      .form({ channel: 'email', to: 'borger@example.dk' })
      .loginAs(await soroeStaff())
      .withCsrfToken()
      .redirects(0)
    const id = Number(response.flashMessages().sentMessageId)
    const mail = await waitForOutbox(soroe, (message) => message.channel === 'email')
    assert.equal(mail.to, 'borger@example.dk')
    assert.match(mail.subject ?? '', /Sorø Kommune/)
    assert.match(mail.replyTo ?? '', /^svar(\+.+)?@soroe\.sandbox\.vejviser\.dk$/)
    await waitForStatus(id, 'sent')

    const reply = await client
      .post(`/sandbox/outbox/${mail.id}/reply`)
      .form({ text: 'Tak, men hvad koster det?' })
      .loginAs(await soroeStaff())
      .withCsrfToken()
      .redirects(0)
    assert.match(String(reply.flashMessages().success), /HTTP 200/)
    await drainQueue()
    const events = await InboundEvent.query().where('kommune_id', soroe.id)
    assert.lengthOf(events, 1)
  })

  test('the gateway refuses a wrong token; nothing reaches the outbox', async ({ assert }) => {
    const soroe = await kommuneByCode(SOROE)
    await sandboxFor(soroe)
    const connection = await ChannelConnection.query()
      .where('kommune_id', soroe.id)
      .where('plugin_id', 'sms')
      .firstOrFail()
    const response = await fetch(`${channelSandbox.smsBaseUrl}/mtsms`, {
      method: 'POST',
      headers: { 'authorization': 'Token wrong-token-123', 'content-type': 'application/json' },
      body: JSON.stringify({
        message: 'x',
        recipients: [{ msisdn: 4520123456 }],
        callback_url: `http://127.0.0.1/webhooks/channels/${connection.id}`,
      }),
    })
    assert.equal(response.status, 401)
  })

  test("the outbox shows the active kommune's messages only", async ({ client, assert }) => {
    const soroe = await kommuneByCode(SOROE)
    const slagelse = await kommuneByCode(SLAGELSE)
    await sandboxFor(soroe)
    await sandboxFor(slagelse)
    const guide = await guideBySlug('byggetilladelse')
    await client
      .post(`/staff/guides/${guide.id}/send`)
      .form({ channel: 'sms', to: '20 12 34 56' })
      .loginAs(await soroeStaff())
      .withCsrfToken()
    const message = await waitForOutbox(soroe, () => true)
    const slagelseStaff = await demoUser('medarbejder@slagelse.dk')
    const page = await client.get('/sandbox/outbox').loginAs(slagelseStaff).withInertia()
    assert.lengthOf(page.inertiaProps.messages, 0)
    const reply = await client
      .post(`/sandbox/outbox/${message.id}/reply`)
      .form({ text: 'hej' })
      .loginAs(slagelseStaff)
      .withCsrfToken()
    reply.assertStatus(404)
    await waitForOutbox(soroe, (sent) => sent.status === 'delivered')
  })
})

test.group('Channel sandbox: off', () => {
  test('without the sandbox there is no outbox', async ({ client }) => {
    const response = await client.get('/sandbox/outbox').loginAs(await soroeStaff())
    response.assertStatus(404)
  })
})
