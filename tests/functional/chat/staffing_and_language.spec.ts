import { test } from '@japa/runner'
import channelManager from '#channels/channel_manager'
import ChannelConnection from '#models/channel_connection'
import Conversation from '#models/conversation'
import type Kommune from '#models/kommune'
import { demoUser, kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { ALWAYS_OPEN, enableChat, openChat } from '#tests/helpers/chat'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

/** An enabled e-mail connection (settings point nowhere; the tests fake the driver). */
async function enableEmail(kommune: Kommune) {
  const connection = await ChannelConnection.create({
    kommuneId: kommune.id,
    pluginId: 'email',
    enabled: true,
  })
  connection.writeSettings({
    host: '127.0.0.1',
    port: 9,
    secure: false,
    fromAddress: `post@${kommune.slug}.example.dk`,
    replyAddress: `svar@${kommune.slug}.example.dk`,
    webhookSecret: 'test-webhook-secret-0123456789',
  })
  await connection.save()
}

const staffBase = (id: number) => `/staff/conversations/${id}`

test.group('Chat staffing (per-staff maximum, auto-assign) and the citizen’s language', (group) => {
  isolateEachTest(group)
  group.each.teardown(() => channelManager.restore())

  test('claims stop at the kommune’s per-staff maximum (a chat setting)', async ({ client }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe, { openingHours: ALWAYS_OPEN, maxPerStaff: 1 })
    const staff = await demoUser('medarbejder@soroe.dk')
    const first = await openChat(client, soroe)
    const second = await openChat(client, soroe)
    const claim = (id: number) =>
      client
        .post(`${staffBase(id)}/claim`)
        .loginAs(staff)
        .withCsrfToken()
    const claimed = await claim(first.conversationId)
    claimed.assertStatus(200)
    const refused = await claim(second.conversationId)
    refused.assertStatus(409)
    refused.assertBodyContains({ error: 'limit' })
    const page = await client.get('/staff/conversations').loginAs(staff).withInertia()
    page.assertInertiaPropsContains({ maxConcurrent: 1, autoAssign: false })
  })

  test('auto-assign hands out the longest-waiting conversations up to the maximum, once each', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe, { openingHours: ALWAYS_OPEN, maxPerStaff: 2, autoAssign: true })
    const staff = await demoUser('medarbejder@soroe.dk')
    const admin = await demoUser('admin@soroe.dk')
    const chats = [
      await openChat(client, soroe),
      await openChat(client, soroe),
      await openChat(client, soroe),
    ]
    const ask = (user: typeof staff) =>
      client.post('/staff/conversations/auto-assign').loginAs(user).withCsrfToken()

    const mine = await ask(staff)
    mine.assertStatus(200)
    assert.deepEqual(mine.body().assigned, [chats[0].conversationId, chats[1].conversationId])
    // At the maximum: nothing more, however often the console asks.
    const again = await ask(staff)
    assert.deepEqual(again.body().assigned, [])
    // A colleague gets the one left; nobody gets a conversation twice.
    const colleague = await ask(admin)
    assert.deepEqual(colleague.body().assigned, [chats[2].conversationId])
    const rows = await Conversation.query().where('kommune_id', soroe.id).orderBy('id')
    assert.deepEqual(
      rows.map((row) => [row.status, row.assigneeId]),
      [
        ['active', staff.id],
        ['active', staff.id],
        ['active', admin.id],
      ]
    )
    const page = await client.get('/staff/conversations').loginAs(staff).withInertia()
    page.assertInertiaPropsContains({ maxConcurrent: 2, autoAssign: true })
  })

  test('without auto-assign the console asks in vain', async ({ client, assert }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    const staff = await demoUser('medarbejder@soroe.dk')
    await openChat(client, soroe)
    const response = await client
      .post('/staff/conversations/auto-assign')
      .loginAs(staff)
      .withCsrfToken()
    assert.deepEqual(response.body().assigned, [])
  })

  for (const [locale, subject, intro, you] of [
    ['sv', 'Din chatt med Sorø', 'Din chatt med Sorø:', 'Du:'],
    ['en', 'Your chat with Sorø', 'Your chat with Sorø:', 'You:'],
    ['da', 'Din chat med Sorø', 'Din chat med Sorø:', 'Dig:'],
  ] as const) {
    test(`the transcript e-mail is written in the citizen's language (${locale})`, async ({
      client,
      assert,
    }) => {
      const fake = channelManager.fake()
      const soroe = await kommuneByCode(SOROE)
      await enableChat(soroe)
      await enableEmail(soroe)
      const chat = await openChat(client, soroe, { locale })
      await client
        .post(`/api/v1/chat/conversations/${chat.conversationId}/messages`)
        .bearerToken(chat.visitorToken)
        .json({ body: 'Hej', clientId: `lang-${locale}-1` })
      const response = await client
        .post(`/api/v1/chat/conversations/${chat.conversationId}/transcript`)
        .bearerToken(chat.visitorToken)
        .json({ email: 'borger@example.dk' })
      response.assertStatus(202)
      await drainQueue()
      const [mail] = fake.sentTo('borger@example.dk')
      assert.equal(mail.message.subject, subject)
      assert.isTrue(mail.message.text.startsWith(intro))
      assert.include(mail.message.text, `${you} Hej`)
    })
  }
})
