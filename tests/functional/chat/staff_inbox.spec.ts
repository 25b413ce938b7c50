import { test } from '@japa/runner'
import type { ApiResponse } from '@japa/api-client'
import { SIGNATURE_HEADER, signPayload } from '#channel_kit'
import channelManager from '#channels/channel_manager'
import Conversation from '#models/conversation'
import ConversationMessage from '#models/conversation_message'
import Inquiry from '#models/inquiry'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { appBase } from '#tests/helpers/channel_provider'
import { enableChat, openChat } from '#tests/helpers/chat'
import { drainQueue } from '#tests/helpers/queue'
import { enableSms } from '#tests/helpers/sms_connection'
import { isolateEachTest } from '#tests/helpers/transactions'

const SMS_SECRET = 'test-webhook-secret'

/** The SMS gateway posts a citizen's text to the connection's webhook, signed. */
async function smsFromCitizen(connectionId: string, id: string, msisdn: string, text: string) {
  const body = JSON.stringify({
    id,
    msisdn,
    message: text,
    senttime: Math.floor(Date.now() / 1000),
  })
  const response = await fetch(`${appBase()}/webhooks/channels/${connectionId}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [SIGNATURE_HEADER]: signPayload(SMS_SECRET, body),
    },
    body,
  })
  await drainQueue()
  return response.status
}

/** Awaits a request and checks its status. */
async function expectStatus(request: PromiseLike<ApiResponse>, status: number) {
  const response = await request
  response.assertStatus(status)
  return response
}

const staffBase = (id: number) => `/staff/conversations/${id}`

test.group('Staff conversation inbox', (group) => {
  isolateEachTest(group)
  group.each.teardown(() => channelManager.restore())

  test('staff see the page it came from, claim, answer; the citizen fetches the answer', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    const staff = await demoUser('medarbejder@soroe.dk')
    const chat = await openChat(client, soroe)

    const page = await client.get('/staff/conversations').loginAs(staff).withInertia()
    page.assertStatus(200)
    const waiting = page
      .body()
      .props.inbox.find((row: { id: number }) => row.id === chat.conversationId)
    assert.equal(waiting.pageUrl, `https://www.${soroe.slug}.dk/borger/byggetilladelse`)
    assert.equal(waiting.pageTitle, 'Byggetilladelse')
    assert.equal(waiting.kommune.name, soroe.name)
    assert.match(page.body().props.streamUid, /^s\./)

    const early = await client
      .post(`${staffBase(chat.conversationId)}/messages`)
      .loginAs(staff)
      .withCsrfToken()
      .json({ body: 'Hej', clientId: 'staff-early-1' })
    early.assertStatus(409)

    const claim = await client
      .post(`${staffBase(chat.conversationId)}/claim`)
      .loginAs(staff)
      .withCsrfToken()
    claim.assertStatus(200)
    const reply = await client
      .post(`${staffBase(chat.conversationId)}/messages`)
      .loginAs(staff)
      .withCsrfToken()
      .json({ body: 'Hej, jeg hedder Mette', clientId: 'staff-reply-1' })
    reply.assertStatus(201)

    const seen = await client
      .get(`/api/v1/chat/conversations/${chat.conversationId}/messages?after=0`)
      .bearerToken(chat.visitorToken)
    assert.deepEqual(
      seen.body().messages.map((m: { author: string; body: string }) => [m.author, m.body]),
      [['staff', 'Hej, jeg hedder Mette']]
    )

    const close = await client
      .post(`${staffBase(chat.conversationId)}/close`)
      .loginAs(staff)
      .withCsrfToken()
      .json({ outcome: 'self_service' })
    close.assertStatus(200)
    await client
      .post(`/api/v1/chat/conversations/${chat.conversationId}/rating`)
      .bearerToken(chat.visitorToken)
      .json({ csat: 5 })
      .then((response) => response.assertStatus(200))

    const inquiry = await Inquiry.query()
      .where('kommune_id', soroe.id)
      .where('conversation_id', chat.conversationId)
      .firstOrFail()
    assert.equal(inquiry.channel, 'chat')
    assert.equal(inquiry.outcome, 'self_service')
    assert.equal(inquiry.source, 'chat')
    assert.equal(inquiry.userId, staff.id)
    assert.equal(inquiry.csat, 5)
    assert.isNotNull(inquiry.answeredAt)
    assert.isAtLeast(inquiry.waitSeconds!, 0)
    assert.isNotNull(inquiry.firstResponseSeconds)
    assert.isTrue(inquiry.csatAsked)
  })

  test('a second claim of the same conversation and the per-staff maximum are refused', async ({
    client,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    const staff = await demoUser('medarbejder@soroe.dk')
    const admin = await demoUser('admin@soroe.dk')
    const chats = []
    for (let index = 0; index < 6; index++) chats.push(await openChat(client, soroe))
    const claim = (id: number, user = staff) =>
      client
        .post(`${staffBase(id)}/claim`)
        .loginAs(user)
        .withCsrfToken()

    for (const chat of chats.slice(0, 4)) await expectStatus(claim(chat.conversationId), 200)
    const fifth = await claim(chats[4].conversationId)
    fifth.assertStatus(409)
    fifth.assertBodyContains({ error: 'limit' })
    const taken = await claim(chats[0].conversationId, admin)
    taken.assertStatus(409)
    taken.assertBodyContains({ error: 'taken' })
  })

  test("another kommune's staff get 404 for every conversation call", async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    const chat = await openChat(client, soroe)
    const stranger = await demoUser('medarbejder@slagelse.dk')
    const calls = [
      client.get(`${staffBase(chat.conversationId)}/messages`).loginAs(stranger),
      client
        .post(`${staffBase(chat.conversationId)}/claim`)
        .loginAs(stranger)
        .withCsrfToken(),
      client
        .post(`${staffBase(chat.conversationId)}/close`)
        .loginAs(stranger)
        .withCsrfToken()
        .json({ outcome: 'answered' }),
    ]
    for (const response of await Promise.all(calls)) response.assertStatus(404)
    const inbox = await client.get('/staff/conversations/inbox').loginAs(stranger)
    assert.notInclude(
      inbox.body().inbox.map((row: { id: number }) => row.id),
      chat.conversationId
    )
  })

  test('a hotline moves a chat to another kommune it serves', async ({ client, assert }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    const hotline = await demoUser('hotline@vejviser.dk')
    const page = await client.get('/staff/conversations').loginAs(hotline).withInertia()
    const served = page.body().props.kommuner as { id: number; name: string }[]
    const soroeServed = served.some((k) => k.id === soroe.id)
    if (!soroeServed) return assert.fail('the demo hotline is expected to serve Sorø')
    const other = served.find((k) => k.id !== soroe.id)!
    const chat = await openChat(client, soroe)
    await expectStatus(
      client
        .post(`${staffBase(chat.conversationId)}/claim`)
        .loginAs(hotline)
        .withCsrfToken(),
      200
    )
    await client
      .post(`/api/v1/chat/conversations/${chat.conversationId}/messages`)
      .bearerToken(chat.visitorToken)
      .json({ body: 'Hej', clientId: 'before-transfer' })
    const moved = await client
      .post(`${staffBase(chat.conversationId)}/transfer`)
      .loginAs(hotline)
      .withCsrfToken()
      .json({ kommuneId: other.id })
    moved.assertStatus(200)
    const conversation = await Conversation.findOrFail(chat.conversationId)
    assert.equal(conversation.kommuneId, other.id)
    assert.equal(conversation.status, 'waiting')
    const lines = await ConversationMessage.query().where('conversation_id', chat.conversationId)
    assert.isTrue(lines.every((line) => line.kommuneId === other.id))
    // The citizen keeps its conversation after the move.
    const state = await client
      .get(`/api/v1/chat/conversations/${chat.conversationId}`)
      .bearerToken(chat.visitorToken)
    state.assertStatus(200)

    const slagelse = await kommuneByCode(SLAGELSE)
    const refused = await client
      .post(`${staffBase(chat.conversationId)}/transfer`)
      .loginAs(hotline)
      .withCsrfToken()
      .json({ kommuneId: slagelse.id + 100000 })
    refused.assertStatus(422)
  })

  test('SMS replies thread into one conversation, answers leave by SMS, a later text opens a linked one', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const sms = await enableSms(soroe)
    const fake = channelManager.fake()
    const staff = await demoUser('medarbejder@soroe.dk')
    const citizen = '+4522334455'

    assert.equal(
      await smsFromCitizen(sms.id, 'mo-1', '4522334455', 'Tak for linket, men det virker ikke'),
      200
    )
    assert.equal(await smsFromCitizen(sms.id, 'mo-2', '4522334455', 'Mit cpr er 0101901234'), 200)
    // The gateway redelivers the first text: stored once.
    await smsFromCitizen(sms.id, 'mo-1', '4522334455', 'Tak for linket, men det virker ikke')

    const conversation = await Conversation.query()
      .where('kommune_id', soroe.id)
      .where('contact', citizen)
      .firstOrFail()
    assert.equal(conversation.channel, 'sms')
    const lines = await ConversationMessage.query()
      .where('conversation_id', conversation.id)
      .orderBy('seq')
    assert.deepEqual(
      lines.map((line) => line.seq),
      [1, 2]
    )
    assert.notInclude(lines[1].body, '0101901234')

    await expectStatus(
      client
        .post(`${staffBase(conversation.id)}/claim`)
        .loginAs(staff)
        .withCsrfToken(),
      200
    )
    const reply = await client
      .post(`${staffBase(conversation.id)}/messages`)
      .loginAs(staff)
      .withCsrfToken()
      .json({ body: 'Prøv at logge ud og ind igen', clientId: 'sms-answer-1' })
    reply.assertStatus(201)
    await drainQueue()
    assert.deepEqual(
      fake.sentTo(citizen).map((send) => send.message.text),
      ['Prøv at logge ud og ind igen']
    )
    await expectStatus(
      client
        .post(`${staffBase(conversation.id)}/close`)
        .loginAs(staff)
        .withCsrfToken()
        .json({ outcome: 'answered' }),
      200
    )

    await smsFromCitizen(sms.id, 'mo-3', '4522334455', 'Nu virker det ikke igen')
    const next = await Conversation.query()
      .where('kommune_id', soroe.id)
      .where('contact', citizen)
      .whereNot('id', conversation.id)
      .firstOrFail()
    assert.equal(next.previousConversationId, conversation.id)
    assert.equal(next.status, 'waiting')
    const inquiry = await Inquiry.query().where('conversation_id', conversation.id).firstOrFail()
    assert.equal(inquiry.channel, 'sms')
  })
})
