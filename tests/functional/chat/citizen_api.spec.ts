import { test } from '@japa/runner'
import ChannelConnection from '#models/channel_connection'
import Conversation from '#models/conversation'
import ConversationMessage from '#models/conversation_message'
import Inquiry from '#models/inquiry'
import { chatTokens } from '#services/chat/chat_tokens'
import { kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { enableChat, openChat } from '#tests/helpers/chat'
import { isolateEachTest } from '#tests/helpers/transactions'

const CLOSED_ALL_WEEK = JSON.stringify({ mon: ['00:00', '00:01'] })

test.group('Citizen chat API', (group) => {
  isolateEachTest(group)

  test('status says whether the chat is open and lists topics', async ({ client, assert }) => {
    const soroe = await kommuneByCode(SOROE)
    const none = await client.get(`/api/v1/chat/${soroe.code}`)
    none.assertStatus(200)
    assert.isFalse(none.body().enabled)
    assert.isFalse(none.body().open)

    await enableChat(soroe)
    const open = await client.get(`/api/v1/chat/${soroe.code}`)
    assert.isTrue(open.body().open)
    assert.equal(open.body().welcome, 'Velkommen')
    assert.isAbove(open.body().serviceAreas.length, 0)
    assert.notProperty(open.body(), 'settings')
  })

  test('a closed day refuses new chats and offers the alternatives', async ({ client, assert }) => {
    const soroe = await kommuneByCode(SOROE)
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: soroe.timezone }).format(new Date())
    await enableChat(soroe, {
      openingHours: JSON.stringify({
        mon: ['00:00', '23:59'],
        tue: ['00:00', '23:59'],
        wed: ['00:00', '23:59'],
        thu: ['00:00', '23:59'],
        fri: ['00:00', '23:59'],
        sat: ['00:00', '23:59'],
        sun: ['00:00', '23:59'],
      }),
      exceptions: JSON.stringify({ [today]: null }),
    })
    const status = await client.get(`/api/v1/chat/${soroe.code}`)
    assert.isFalse(status.body().open)
    assert.equal(status.body().reason, 'closed_day')
    const refused = await client
      .post(`/api/v1/chat/${soroe.code}/conversations`)
      .json({ topic: 'Hjælp' })
    refused.assertStatus(409)
    assert.equal(
      await Conversation.query()
        .where('kommune_id', soroe.id)
        .count('* as n')
        .first()
        .then((row) => Number(row!.$extras.n)),
      0
    )
  })

  test('outside the weekly hours the chat is closed', async ({ client, assert }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe, { openingHours: CLOSED_ALL_WEEK })
    const status = await client.get(`/api/v1/chat/${soroe.code}`)
    assert.isFalse(status.body().open)
  })

  test('messages get consecutive seqs; a resent client id is stored once', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    const chat = await openChat(client, soroe)
    assert.equal(chat.queuePosition, 1)
    const url = `/api/v1/chat/conversations/${chat.conversationId}/messages`

    const seqs: number[] = []
    for (const [index, body] of ['Hej', 'Jeg har et spørgsmål', 'Om byggetilladelse'].entries()) {
      const response = await client
        .post(url)
        .bearerToken(chat.visitorToken)
        .json({ body, clientId: `client-msg-${index}` })
      response.assertStatus(201)
      seqs.push(response.body().message.seq)
    }
    assert.deepEqual(seqs, [1, 2, 3])

    const again = await client
      .post(url)
      .bearerToken(chat.visitorToken)
      .json({ body: 'Om byggetilladelse', clientId: 'client-msg-2' })
    again.assertStatus(200)
    assert.equal(again.body().message.seq, 3)
    const stored = await ConversationMessage.query().where('conversation_id', chat.conversationId)
    assert.lengthOf(stored, 3)

    // The next new message continues the sequence: the duplicate consumed no seq.
    const next = await client
      .post(url)
      .bearerToken(chat.visitorToken)
      .json({ body: 'Tak', clientId: 'client-msg-3' })
    assert.equal(next.body().message.seq, 4)
  })

  test('concurrent sends never share or skip a seq', async ({ client, assert }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    const chat = await openChat(client, soroe)
    const url = `/api/v1/chat/conversations/${chat.conversationId}/messages`
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        client
          .post(url)
          .bearerToken(chat.visitorToken)
          .json({ body: `Besked ${index}`, clientId: `concurrent-${index % 8}-xx` })
      )
    )
    for (const response of responses) assert.oneOf(response.status(), [200, 201])
    const rows = await ConversationMessage.query()
      .where('conversation_id', chat.conversationId)
      .orderBy('seq')
    assert.deepEqual(
      rows.map((row) => row.seq),
      [1, 2, 3, 4, 5, 6, 7, 8]
    )
  })

  test('a reconnecting client gets exactly the gap after its last seq', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    const chat = await openChat(client, soroe)
    const url = `/api/v1/chat/conversations/${chat.conversationId}/messages`
    for (let index = 1; index <= 5; index++) {
      await client
        .post(url)
        .bearerToken(chat.visitorToken)
        .json({ body: `Linje ${index}`, clientId: `gap-test-${index}` })
    }
    const gap = await client.get(`${url}?after=2`).bearerToken(chat.visitorToken)
    gap.assertStatus(200)
    assert.deepEqual(
      gap
        .body()
        .messages.map((message: { seq: number; body: string }) => [message.seq, message.body]),
      [
        [3, 'Linje 3'],
        [4, 'Linje 4'],
        [5, 'Linje 5'],
      ]
    )
    const none = await client.get(`${url}?after=5`).bearerToken(chat.visitorToken)
    assert.deepEqual(none.body().messages, [])
    // Millisecond timestamps survive the database round trip, in order.
    const all = await client.get(url).bearerToken(chat.visitorToken)
    const times = all.body().messages.map((message: { createdAt: string }) => message.createdAt)
    assert.match(times[0], /\.\d{3}Z$/)
    assert.deepEqual([...times].sort(), times)
  })

  test('CPR numbers are masked before a message is stored', async ({ client, assert }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    const chat = await openChat(client, soroe, { topic: 'Mit cpr er 010190-1234' })
    const response = await client
      .post(`/api/v1/chat/conversations/${chat.conversationId}/messages`)
      .bearerToken(chat.visitorToken)
      .json({ body: 'Mit CPR-nummer er 0101901234', clientId: 'cpr-test-1' })
    assert.notInclude(response.body().message.body, '0101901234')
    const row = await ConversationMessage.findByOrFail('client_id', 'cpr-test-1')
    assert.notInclude(row.body, '0101901234')
    const conversation = await Conversation.findOrFail(chat.conversationId)
    assert.notInclude(conversation.topic!, '010190-1234')
  })

  test("another visitor's token, a forged token or another kommune's id answer 404", async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const slagelse = await kommuneByCode(SLAGELSE)
    await enableChat(soroe)
    await enableChat(slagelse)
    const mine = await openChat(client, soroe)
    const theirs = await openChat(client, slagelse)
    const base = (id: number) => `/api/v1/chat/conversations/${id}`

    const attempts = [
      client.get(`${base(theirs.conversationId)}/messages`).bearerToken(mine.visitorToken),
      client.get(base(theirs.conversationId)).bearerToken(mine.visitorToken),
      client
        .post(`${base(theirs.conversationId)}/messages`)
        .bearerToken(mine.visitorToken)
        .json({ body: 'Hej', clientId: 'cross-visitor-1' }),
      client.get(base(mine.conversationId)),
      client
        .get(base(mine.conversationId))
        .bearerToken(mine.visitorToken.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'))),
      // A token signed for Sorø's id cannot be bent to another id.
      client
        .get(base(theirs.conversationId))
        .bearerToken(
          chatTokens.visitor({ kommuneId: soroe.id, conversationId: mine.conversationId })
        ),
      // A stream uid is not a visitor token.
      client.get(base(mine.conversationId)).bearerToken(mine.streamUid),
    ]
    for (const response of await Promise.all(attempts)) response.assertStatus(404)
    const leaked = await ConversationMessage.query().where('conversation_id', theirs.conversationId)
    assert.lengthOf(leaked, 0)
  })

  test('close, rate once, and the inquiry carries the rating', async ({ client, assert }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    const chat = await openChat(client, soroe)
    const base = `/api/v1/chat/conversations/${chat.conversationId}`
    const early = await client
      .post(`${base}/rating`)
      .bearerToken(chat.visitorToken)
      .json({ csat: 5 })
    early.assertStatus(409)
    const closed = await client.post(`${base}/close`).bearerToken(chat.visitorToken)
    closed.assertStatus(200)
    assert.equal(closed.body().status, 'closed')
    const late = await client
      .post(`${base}/messages`)
      .bearerToken(chat.visitorToken)
      .json({ body: 'Hallo?', clientId: 'after-close-1' })
    late.assertStatus(409)
    const bad = await client.post(`${base}/rating`).bearerToken(chat.visitorToken).json({ csat: 6 })
    bad.assertStatus(422)
    const rated = await client
      .post(`${base}/rating`)
      .bearerToken(chat.visitorToken)
      .json({ csat: 4 })
    rated.assertStatus(200)
    const twice = await client
      .post(`${base}/rating`)
      .bearerToken(chat.visitorToken)
      .json({ csat: 1 })
    twice.assertStatus(409)
    const conversation = await Conversation.findOrFail(chat.conversationId)
    assert.equal(conversation.csat, 4)
    assert.isNotNull(conversation.closedAt)
    // Nobody answered before the citizen left: counted, as not resolved, with the rating.
    const inquiry = await Inquiry.query()
      .where('conversation_id', chat.conversationId)
      .firstOrFail()
    assert.equal(inquiry.outcome, 'not_resolved')
    assert.equal(inquiry.csat, 4)
  })

  test('the transcript goes out by e-mail only when the kommune has e-mail', async ({ client }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    await ChannelConnection.query()
      .where('kommune_id', soroe.id)
      .where('plugin_id', 'email')
      .delete()
    const chat = await openChat(client, soroe)
    const response = await client
      .post(`/api/v1/chat/conversations/${chat.conversationId}/transcript`)
      .bearerToken(chat.visitorToken)
      .json({ email: 'borger@example.dk' })
    response.assertStatus(404)
  })
})
