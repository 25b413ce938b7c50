import { test } from '@japa/runner'
import channelManager from '#channels/channel_manager'
import Message from '#models/message'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { enableSms } from '#tests/helpers/sms_connection'
import { guideBySlug } from '#tests/helpers/knowledge'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

const soroeStaff = () => demoUser('medarbejder@soroe.dk')

test.group('Support view: send the guidance to the citizen', (group) => {
  isolateEachTest(group)
  group.each.teardown(() => channelManager.restore())

  test('without an enabled channel nothing can be sent', async ({ client, assert }) => {
    const guide = await guideBySlug('byggetilladelse')
    const page = await client
      .get(`/staff/guides/${guide.id}`)
      .loginAs(await soroeStaff())
      .withInertia()
    assert.deepEqual(page.inertiaProps.sendChannels, [])
    const response = await client
      .post(`/staff/guides/${guide.id}/send`)
      .form({ channel: 'sms', to: '20123456' })
      .loginAs(await soroeStaff())
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage('inputErrorsBag', {
      channel: ['Kanalen er ikke slået til i kommunen.'],
    })
  })

  test('an SMS with the guidance, the self-service link and a public link is sent and tracked', async ({
    client,
    assert,
  }) => {
    const fake = channelManager.fake()
    await enableSms(await kommuneByCode(SOROE))
    const guide = await guideBySlug('byggetilladelse')
    const page = await client
      .get(`/staff/guides/${guide.id}`)
      .loginAs(await soroeStaff())
      .withInertia()
    assert.deepEqual(page.inertiaProps.sendChannels, ['sms'])
    const preview = page.inertiaProps.previews.sms
    assert.include(preview.text, '/k/soroe/vejledning/byggetilladelse')
    assert.isAtLeast(preview.segments, 1)

    const response = await client
      .post(`/staff/guides/${guide.id}/send`)
      .form({ channel: 'sms', to: '20 12 34 56' })
      .loginAs(await soroeStaff())
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const messageId = response.flashMessages().sentMessageId
    await drainQueue()
    const [sent] = fake.sentTo('+4520123456')
    assert.equal(sent.message.text, preview.text, 'what is sent is exactly the preview')
    const status = await client.get(`/staff/messages/${messageId}`).loginAs(await soroeStaff())
    assert.equal(status.body().status, 'sent')

    const link = await client.get('/k/soroe/vejledning/byggetilladelse')
    link.assertStatus(200)
    assert.include(link.text(), 'soroe.dk')
  })

  test('staff may edit the message before sending; the edit is sent, CPR masked', async ({
    client,
    assert,
  }) => {
    const fake = channelManager.fake()
    await enableSms(await kommuneByCode(SOROE))
    const guide = await guideBySlug('byggetilladelse')
    const response = await client
      .post(`/staff/guides/${guide.id}/send`)
      .form({
        channel: 'sms',
        to: '20 12 34 57',
        text: 'Hej! Se byggetilladelse her. Dit sagsnr. står ved 010203-1234.',
      })
      .loginAs(await soroeStaff())
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    await drainQueue()
    const [sent] = fake.sentTo('+4520123457')
    assert.include(sent.message.text, 'Hej! Se byggetilladelse her.')
    assert.notInclude(sent.message.text, '010203-1234')
  })

  test('what staff send is the citizen level, never the staff briefing', async ({
    client,
    assert,
  }) => {
    const guide = await guideBySlug('pas-bestil')
    const page = await client
      .get(`/staff/guides/${guide.id}`)
      .loginAs(await soroeStaff())
      .withInertia()
    const email = page.inertiaProps.previews.email.text as string
    assert.include(email, 'Bestil eller forny pas')
    for (const bullet of guide.content.guidance.filter((line) => /^(Spørg|Sig til)/.test(line))) {
      assert.notInclude(email, bullet)
    }
    assert.notInclude(email, guide.content.referral?.note ?? '(no referral)')
  })

  test('numbers and addresses are validated per channel', async ({ client }) => {
    channelManager.fake()
    await enableSms(await kommuneByCode(SOROE))
    const guide = await guideBySlug('byggetilladelse')
    const badPhone = await client
      .post(`/staff/guides/${guide.id}/send`)
      .form({ channel: 'sms', to: '123' })
      .loginAs(await soroeStaff())
      .withCsrfToken()
      .redirects(0)
    badPhone.assertFlashMessage('inputErrorsBag', {
      to: ['Skriv et dansk eller svensk mobilnummer eller et nummer med landekode.'],
    })
  })

  test("another kommune's message status is a 404", async ({ client }) => {
    channelManager.fake()
    const slagelse = await kommuneByCode(SLAGELSE)
    const connection = await enableSms(slagelse)
    const message = await Message.create({
      kommuneId: slagelse.id,
      connectionId: connection.id,
      channel: 'sms',
      idempotencyKey: 'slagelse-1',
      to: '+4520000000',
      text: 'x',
      status: 'sent',
      attempts: 1,
    })
    const response = await client.get(`/staff/messages/${message.id}`).loginAs(await soroeStaff())
    response.assertStatus(404)
  })

  test('a draft or an unserved guide has no public page', async ({ client }) => {
    const response = await client.get('/k/soroe/vejledning/findes-ikke').withInertia()
    response.assertStatus(404)
    const swedish = await client.get('/k/kristinehamn/vejledning/pas-bestil').withInertia()
    swedish.assertStatus(404)
  })
})
