import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import limiter from '@adonisjs/limiter/services/main'
import channelManager from '#channels/channel_manager'
import CallbackRequest from '#models/callback_request'
import Guide from '#models/guide'
import ServicePolicy from '#models/service_policy'
import { seedDemoReach } from '#database/demo/demo_reach'
import { CALLBACK_LIMIT } from '#actions/portal/request_citizen_callback'
import { SHARE_LIMITS } from '#actions/portal/share_page'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { enableSms } from '#tests/helpers/sms_connection'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

const GUIDE = '/k/soroe/vejledning/byggetilladelse'

/** The next weekday in Sorø (callback hours are weekdays 09–13 at least). */
function nextWeekday() {
  let day = DateTime.now().setZone('Europe/Copenhagen').plus({ days: 1 })
  while (day.weekday > 5) day = day.plus({ days: 1 })
  return day.toISODate()!
}

async function resetLimits() {
  await limiter.use(CALLBACK_LIMIT).clear()
  await limiter.use(SHARE_LIMITS.perIp).clear()
  await limiter.use(SHARE_LIMITS.perRecipient).clear()
}

test.group('Citizen pages: call me back', (group) => {
  isolateEachTest(group)
  group.each.setup(async () => {
    await resetLimits()
    await seedDemoReach()
    return resetLimits
  })

  test('a callback request joins the kommune’s queue, CPR masked', async ({ client, assert }) => {
    const page = await client.get(GUIDE)
    assert.include(page.text(), 'action="/k/soroe/vejledning/byggetilladelse/ring-op"')
    const response = await client.post(`${GUIDE}/ring-op`).form({
      phone: '20 12 34 56',
      date: nextWeekday(),
      from: '10:00',
      to: '11:00',
      note: 'Om carport, mit cpr er 010203-1234',
    })
    response.assertStatus(200)
    assert.include(response.text(), 'Tak – vi ringer dig op')
    assert.equal(response.header('cache-control'), 'no-store')
    const soroe = await kommuneByCode(SOROE)
    const request = await CallbackRequest.query()
      .where('kommune_id', soroe.id)
      .where('phone', '+4520123456')
      .firstOrFail()
    assert.include(request.topic, 'byggetilladelse')
    assert.include(request.topic, 'carport')
    assert.notInclude(request.topic, '010203-1234')
    assert.equal(request.status, 'open')
  })

  test('a window outside the callback hours is refused on the page', async ({ client, assert }) => {
    const response = await client.post(`${GUIDE}/ring-op`).form({
      phone: '20 12 34 56',
      date: nextWeekday(),
      from: '20:00',
      to: '21:00',
    })
    response.assertStatus(422)
    assert.include(response.text(), 'Vælg et tidsrum inden for vores telefontid.')
    assert.include(response.text(), 'value="20 12 34 56"', 'what the citizen typed is kept')
    const bad = await client.post(`${GUIDE}/ring-op`).form({
      phone: '123',
      date: nextWeekday(),
      from: '10:00',
      to: '11:00',
    })
    bad.assertStatus(422)
  })

  test('offered only where the service policy offers callbacks for the area', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const guide = await Guide.findByOrFail('slug', 'byggetilladelse')
    const policy = await ServicePolicy.query()
      .where('kommune_id', soroe.id)
      .where('service_area_id', guide.serviceAreaId!)
      .firstOrFail()
    policy.channels = ['phone']
    await policy.save()
    const page = await client.get(GUIDE)
    assert.notInclude(page.text(), '/ring-op')
    const response = await client.post(`${GUIDE}/ring-op`).form({
      phone: '20 12 34 56',
      date: nextWeekday(),
      from: '10:00',
      to: '11:00',
    })
    response.assertStatus(404)
  })

  test('rate-limited per IP', async ({ client }) => {
    const form = { phone: '20 12 34 56', date: nextWeekday(), from: '10:00', to: '11:00' }
    for (let attempt = 0; attempt < CALLBACK_LIMIT.requests; attempt++) {
      const response = await client.post(`${GUIDE}/ring-op`).form(form)
      response.assertStatus(200)
    }
    const refused = await client.post(`${GUIDE}/ring-op`).form(form)
    refused.assertStatus(429)
  })
})

test.group('Citizen pages: send this page to me', (group) => {
  isolateEachTest(group)
  group.each.setup(async () => {
    await resetLimits()
    return async () => {
      channelManager.restore()
      await resetLimits()
    }
  })

  test('by SMS through the kommune’s channel: the citizen level and the link', async ({
    client,
    assert,
  }) => {
    const fake = channelManager.fake()
    await enableSms(await kommuneByCode(SOROE))
    const page = await client.get(GUIDE)
    assert.include(page.text(), 'action="/k/soroe/vejledning/byggetilladelse/send"')
    const response = await client.post(`${GUIDE}/send`).form({ to: '+45 20 12 34 56' })
    response.assertStatus(200)
    assert.include(response.text(), 'Siden er sendt')
    await drainQueue()
    const [sent] = fake.sentTo('+4520123456')
    assert.include(sent.message.text, '/k/soroe/vejledning/byggetilladelse')
    const guide = await Guide.findByOrFail('slug', 'byggetilladelse')
    assert.notInclude(sent.message.text, guide.content.referral?.note ?? '(none)')
  })

  test('no channel, no form; a bad recipient is refused', async ({ client, assert }) => {
    const page = await client.get(GUIDE)
    assert.notInclude(page.text(), '/send"')
    const unavailable = await client.post(`${GUIDE}/send`).form({ to: '20123456' })
    unavailable.assertStatus(409)
    channelManager.fake()
    await enableSms(await kommuneByCode(SOROE))
    const bad = await client.post(`${GUIDE}/send`).form({ to: 'not a number' })
    bad.assertStatus(422)
  })

  test('rate-limited per recipient and per IP', async ({ client }) => {
    channelManager.fake()
    await enableSms(await kommuneByCode(SOROE))
    for (let attempt = 0; attempt < SHARE_LIMITS.perRecipient.requests; attempt++) {
      const response = await client.post(`${GUIDE}/send`).form({ to: '20123456' })
      response.assertStatus(200)
    }
    const again = await client.post(`${GUIDE}/send`).form({ to: '20123456' })
    again.assertStatus(429)
    const remaining = SHARE_LIMITS.perIp.requests - SHARE_LIMITS.perRecipient.requests - 1
    for (let attempt = 0; attempt < remaining; attempt++) {
      const response = await client.post(`${GUIDE}/send`).form({ to: `2012340${attempt}` })
      response.assertStatus(200)
    }
    const byIp = await client.post(`${GUIDE}/send`).form({ to: '30123456' })
    byIp.assertStatus(429)
  })
})
