import { test } from '@japa/runner'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { enableChat, openChat } from '#tests/helpers/chat'
import { sseClientsFor } from '#tests/helpers/sse'
import { staffStream } from '#tests/helpers/staff_stream'
import { isolateEachTest } from '#tests/helpers/transactions'

test.group('Live chat streams (Transmit)', (group) => {
  isolateEachTest(group)
  const sse = sseClientsFor(group)

  test('citizen and staff both receive a committed message on the conversation channel', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    const chat = await openChat(client, soroe)
    const staff = await demoUser('medarbejder@soroe.dk')
    const channel = `chat/conversations/${chat.conversationId}`

    const citizen = sse(chat.streamUid)
    assert.equal(await citizen.connect(), 200)
    assert.equal(await citizen.subscribe(channel), 204)
    const stream = await staffStream(staff.id)
    const console = sse(stream.uid, stream.cookie)
    await console.connect()
    assert.equal(await console.subscribe(channel), 204)
    assert.equal(await console.subscribe(`chat/kommuner/${soroe.id}/queue`), 204)

    await client
      .post(`/api/v1/chat/conversations/${chat.conversationId}/messages`)
      .bearerToken(chat.visitorToken)
      .json({ body: 'Hej fra borgeren', clientId: 'live-msg-1' })
    for (const listener of [citizen, console]) {
      const event = await listener.waitFor(
        (e) => e.channel === channel && e.payload.type === 'message'
      )
      assert.deepInclude(event.payload.message as object, { seq: 1, body: 'Hej fra borgeren' })
    }
    // Opening another chat in Sorø reaches the staff queue channel.
    await openChat(client, soroe)
    await console.waitFor(
      (e) => e.channel === `chat/kommuner/${soroe.id}/queue` && e.payload.type === 'opened'
    )
  })

  test('streams and channels are authorised server-side', async ({ client, assert }) => {
    const soroe = await kommuneByCode(SOROE)
    const slagelse = await kommuneByCode(SLAGELSE)
    await enableChat(soroe)
    await enableChat(slagelse)
    const mine = await openChat(client, soroe)
    const theirs = await openChat(client, slagelse)
    const soroeStaff = await demoUser('medarbejder@soroe.dk')

    // A uid we did not sign opens no stream.
    assert.equal(await sse('my-own-made-up-uid').connect(), 404)
    assert.equal(
      await sse(mine.streamUid.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))).connect(),
      404
    )

    const citizen = sse(mine.streamUid)
    await citizen.connect()
    // Another visitor's conversation, a queue, an unknown channel: refused.
    assert.isAtLeast(await citizen.subscribe(`chat/conversations/${theirs.conversationId}`), 400)
    assert.isAtLeast(await citizen.subscribe(`chat/kommuner/${soroe.id}/queue`), 400)
    assert.isAtLeast(await citizen.subscribe('anything/else'), 400)

    const stream = await staffStream(soroeStaff.id)
    const staff = sse(stream.uid, stream.cookie)
    await staff.connect()
    assert.isAtLeast(await staff.subscribe(`chat/conversations/${theirs.conversationId}`), 400)
    assert.isAtLeast(await staff.subscribe(`chat/kommuner/${slagelse.id}/queue`), 400)
    assert.equal(await staff.subscribe(`chat/conversations/${mine.conversationId}`), 204)
  })

  test('the client script is served as one classic script', async ({ client, assert }) => {
    const response = await client.get('/chat/client.js')
    response.assertStatus(200)
    assert.include(response.header('content-type'), 'javascript')
    assert.include(response.text(), 'VejviserChat')
    assert.notInclude(response.text(), 'import ')
  })
})
