import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import RequestCallback from '#actions/channels/request_callback'
import CallbackRequest from '#models/callback_request'
import ChannelConnection from '#models/channel_connection'
import Feedback from '#models/feedback'
import Guide from '#models/guide'
import LocalSupplement from '#models/local_supplement'
import Message from '#models/message'
import type User from '#models/user'
import { searchEvents } from '#search/search_events'
import { demoUser, kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { guideBySlug } from '#tests/helpers/knowledge'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

/**
 * Every door where staff or citizen text enters stores it CPR-masked, and
 * editors are told on the form. Each test writes through HTTP (or the
 * action a public route will call) and reads the stored row back.
 */
const CPR = '010190–1234'
const MASKED = 'xxxxxx–xxxx'

function send(client: ApiClient, method: 'post' | 'put', url: string, user: User) {
  return (body: Record<string, unknown>) =>
    client[method](url).json(body).loginAs(user).withCsrfToken().redirects(0)
}

test.group('CPR masking: staff and editor doors', (group) => {
  // Registered first so it runs after the rollback: the search index is not
  // in the transaction, and must not keep the masked texts these tests save.
  group.each.setup(() => async () => {
    const soroe = await kommuneByCode(SOROE)
    await searchEvents.kommuneChanged(soroe.id)
    await drainQueue()
  })
  isolateEachTest(group)

  test('feedback text and the reply to it are stored masked', async ({ client, assert }) => {
    const guide = await guideBySlug('pas-bestil')
    const staff = await demoUser('medarbejder@soroe.dk')
    const posted = await send(
      client,
      'post',
      `/staff/guides/${guide.id}/feedback`,
      staff
    )({
      section: 'guidance',
      kind: 'error',
      text: `Borgeren (cpr${CPR.replace('–', '')}) fik forkert svar`,
    })
    posted.assertStatus(302)
    const row = await Feedback.query()
      .where('user_id', staff.id)
      .orderBy('id', 'desc')
      .firstOrFail()
    assert.equal(row.text, 'Borgeren (cprxxxxxxxxxx) fik forkert svar')

    const editor = await demoUser('redaktoer@vejviser.dk')
    const answered = await send(
      client,
      'put',
      `/editorial/feedback/${row.id}`,
      editor
    )({
      status: 'resolved',
      reply: `Rettet. Skriv aldrig ${CPR} her.`,
    })
    answered.assertStatus(302)
    await row.refresh()
    assert.equal(row.reply, `Rettet. Skriv aldrig ${MASKED} her.`)
  })

  test('a callback topic and the notes staff add are stored masked', async ({ client, assert }) => {
    const soroe = await kommuneByCode(SOROE)
    const connection = new ChannelConnection().merge({
      kommuneId: soroe.id,
      pluginId: 'phone_callback',
      enabled: true,
    })
    connection.writeSettings({
      openingHours: JSON.stringify({ mon: ['08:00', '15:00'] }),
      clickToCallUrlTemplate: 'https://pbx.example.dk/call?to={phone}',
    })
    await connection.save()
    const action = await app.container.make(RequestCallback)
    const request = await action.handle(
      soroe,
      {
        phone: '22 34 56 78',
        windowStart: '2030-03-04T10:00',
        windowEnd: '2030-03-04T10:30',
        topic: `Boligstøtte, mit cpr er 01.01.90-1234`,
      },
      { now: DateTime.fromISO('2030-03-04T07:00', { zone: 'Europe/Copenhagen' }) }
    )
    assert.equal(request.topic, 'Boligstøtte, mit cpr er xx.xx.xx-xxxx')
    await drainQueue()
    const message = await Message.findOrFail(request.messageId)
    assert.notInclude(message.text, '1234', 'the queued message carries the masked topic')

    const staff = await demoUser('medarbejder@soroe.dk')
    await send(client, 'post', `/staff/callbacks/${request.id}/claim`, staff)({})
    const outcome = await send(
      client,
      'post',
      `/staff/callbacks/${request.id}/outcome`,
      staff
    )({
      outcome: 'not_reached',
      nextAttemptAt: '2030-03-05T09:15',
      notes: 'Telefonsvarer; hustruens cpr ０２０２８５ ４４４４',
    })
    outcome.assertStatus(302)
    const cancel = await send(
      client,
      'post',
      `/staff/callbacks/${request.id}/cancel`,
      staff
    )({
      notes: `Løst på mail (${CPR})`,
    })
    cancel.assertStatus(302)
    const stored = await CallbackRequest.findOrFail(request.id)
    assert.include(stored.notes!, 'hustruens cpr xxxxxx xxxx')
    assert.include(stored.notes!, `Løst på mail (${MASKED})`)
    assert.notMatch(stored.notes!, /1234|4444|０２０２/)
  })

  test('a supplement is saved masked and the admin is warned on the form', async ({
    client,
    assert,
  }) => {
    const guide = await guideBySlug('carport-garage-skur')
    const admin = await demoUser('admin@soroe.dk')
    const saved = await send(
      client,
      'put',
      `/admin/supplements/${guide.id}`,
      admin
    )({
      processText: `Eksempel: Hans Hansen, ${CPR}, søgte i marts.`,
      waitingTime: '6 uger',
      fees: [{ label: 'Gebyr 010190/1234', amountDkk: 100, validFrom: null, validTo: null }],
      contact: null,
    })
    saved.assertStatus(302)
    const soroe = await kommuneByCode(SOROE)
    const row = await LocalSupplement.query()
      .where('kommune_id', soroe.id)
      .where('guide_id', guide.id)
      .firstOrFail()
    assert.equal(row.processText, `Eksempel: Hans Hansen, ${MASKED}, søgte i marts.`)
    assert.equal(row.fees[0].label, 'Gebyr xxxxxx/xxxx')

    saved.assertFlashMessage('cprMasked', true)
    const form = await client
      .get(`/admin/supplements/${guide.id}`)
      .loginAs(admin)
      .withFlashMessages({ cprMasked: true })
      .withInertia()
    assert.isTrue(form.inertiaProps.cprMasked)
    const again = await client.get(`/admin/supplements/${guide.id}`).loginAs(admin).withInertia()
    assert.isFalse(again.inertiaProps.cprMasked, 'the warning is for the save that masked')
  })

  test('an own article is created and saved masked, with the warning', async ({
    client,
    assert,
  }) => {
    const admin = await demoUser('admin@soroe.dk')
    const created = await send(
      client,
      'post',
      '/admin/articles',
      admin
    )({
      title: 'Sag 0101901234',
      kind: 'guide',
    })
    created.assertStatus(302)
    const guide = await Guide.query().where('title', 'Sag xxxxxxxxxx').firstOrFail()
    assert.notInclude(guide.slug, '0101901234')

    const saved = await send(
      client,
      'put',
      `/admin/articles/${guide.id}`,
      admin
    )({
      content: {
        ...guide.content,
        title: 'Hjælp til ansøgning',
        summary: `Ring og oplys cpr (fx 1O1O9O-1234)`,
        guidance: ['Tlf 70 10 20 30 hverdage', `Personnummer 19900101-1234 i Sverige`],
      },
      reviewDueAt: null,
    })
    saved.assertStatus(302)
    await guide.refresh()
    assert.equal(guide.content.summary, 'Ring og oplys cpr (fx xxxxxx-xxxx)')
    assert.deepEqual(guide.content.guidance, [
      'Tlf 70 10 20 30 hverdage',
      'Personnummer xxxxxxxx-xxxx i Sverige',
    ])
    saved.assertFlashMessage('cprMasked', true)
    const form = await client
      .get(`/admin/articles/${guide.id}/edit`)
      .loginAs(admin)
      .withFlashMessages({ cprMasked: true })
      .withInertia()
    assert.isTrue(form.inertiaProps.cprMasked)
  })
})
