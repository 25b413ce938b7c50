import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import { errors as vineErrors } from '@vinejs/vine'
import RequestCallback from '#actions/channels/request_callback'
import { ChannelUnavailableError } from '#actions/channels/send_message'
import CallbackRequest from '#models/callback_request'
import ChannelConnection from '#models/channel_connection'
import type Kommune from '#models/kommune'
import Message from '#models/message'
import ServiceArea from '#models/service_area'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

const OPENING_HOURS = {
  mon: ['08:00', '15:00'],
  tue: ['08:00', '15:00'],
  wed: ['08:00', '15:00'],
  thu: ['08:00', '17:00'],
  fri: ['08:00', '13:00'],
}
/** Monday 4 March 2030, 07:00 in Copenhagen (CET, UTC+1): before the line opens. */
const NOW = DateTime.fromISO('2030-03-04T07:00', { zone: 'Europe/Copenhagen' })

async function offerCallbacks(kommune: Kommune, enabled = true) {
  const connection = new ChannelConnection().merge({
    kommuneId: kommune.id,
    pluginId: 'phone_callback',
    enabled,
  })
  connection.writeSettings({
    openingHours: JSON.stringify(OPENING_HOURS),
    clickToCallUrlTemplate: 'https://pbx.example.dk/call?to={phone}',
  })
  await connection.save()
  return connection
}

async function request(kommune: Kommune, input: Record<string, unknown>, now = NOW) {
  const action = await app.container.make(RequestCallback)
  return action.handle(
    kommune,
    {
      phone: '22 34 56 78',
      windowStart: '2030-03-04T10:00',
      windowEnd: '2030-03-04T10:30',
      topic: 'Spørgsmål om boligstøtte',
      ...input,
    },
    { now }
  )
}

/** The validation problems of a refused request, as field → rule. */
async function refusal(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    if (error instanceof vineErrors.E_VALIDATION_ERROR) {
      return Object.fromEntries(
        (error.messages as { field: string; rule: string }[]).map((m) => [m.field, m.rule])
      )
    }
    throw error
  }
  throw new Error('the request was accepted')
}

test.group('Callbacks: a citizen asks to be called back', (group) => {
  isolateEachTest(group)

  test('a valid request joins the queue and is recorded on the phone_callback channel', async ({
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await offerCallbacks(soroe)
    const area = await ServiceArea.query().orderBy('id').firstOrFail()
    const callback = await request(soroe, { serviceAreaId: area.id })

    assert.equal(callback.phone, '+4522345678')
    assert.equal(callback.status, 'open')
    assert.equal(callback.attempts, 0)
    assert.equal(callback.serviceAreaId, area.id)
    // 10:00 in Copenhagen in March is 09:00 UTC.
    assert.equal(callback.windowStart.toUTC().toISO(), '2030-03-04T09:00:00.000Z')
    assert.equal(callback.windowEnd.toUTC().toISO(), '2030-03-04T09:30:00.000Z')
    assert.equal(callback.nextAttemptAt.toMillis(), callback.windowStart.toMillis())

    await drainQueue()
    const message = await Message.findOrFail(callback.messageId)
    assert.equal(message.channel, 'phone_callback')
    assert.equal(message.to, '+4522345678')
    assert.equal(message.status, 'sent')
    assert.equal(message.externalId, `callback:callback-request-${callback.id}`)
  })

  test('the window must lie inside one day of the opening hours, in the kommune time zone', async ({
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await offerCallbacks(soroe)
    const refusals = {
      pastClosing: await refusal(
        request(soroe, { windowStart: '2030-03-04T14:45', windowEnd: '2030-03-04T15:15' })
      ),
      beforeOpening: await refusal(
        request(soroe, { windowStart: '2030-03-04T07:30', windowEnd: '2030-03-04T08:30' })
      ),
      saturday: await refusal(
        request(soroe, { windowStart: '2030-03-09T10:00', windowEnd: '2030-03-09T10:30' })
      ),
      overTwoDays: await refusal(
        request(soroe, { windowStart: '2030-03-04T14:00', windowEnd: '2030-03-05T09:00' })
      ),
      // 14:30 UTC is 15:30 in Copenhagen: after closing, though 14:30 looks fine.
      utcAfterClosing: await refusal(
        request(soroe, { windowStart: '2030-03-04T13:45:00Z', windowEnd: '2030-03-04T14:30:00Z' })
      ),
    }
    for (const [name, problems] of Object.entries(refusals)) {
      assert.deepEqual(problems, { windowStart: 'openingHours' }, name)
    }
    assert.deepEqual(
      await refusal(
        request(soroe, { windowStart: '2030-03-04T11:00', windowEnd: '2030-03-04T10:00' })
      ),
      { windowEnd: 'after' }
    )
    assert.deepEqual(
      await refusal(
        request(soroe, { windowStart: '2030-03-01T10:00', windowEnd: '2030-03-01T10:30' })
      ),
      { windowStart: 'future' }
    )

    // Exactly to closing, on a Thursday with longer hours, and in summer time (UTC+2).
    const edge = await request(soroe, {
      windowStart: '2030-03-04T14:30',
      windowEnd: '2030-03-04T15:00',
    })
    assert.equal(edge.status, 'open')
    const thursday = await request(soroe, {
      windowStart: '2030-03-07T16:00',
      windowEnd: '2030-03-07T17:00',
    })
    assert.equal(thursday.status, 'open')
    const summer = await request(soroe, {
      windowStart: '2030-06-03T06:00:00Z',
      windowEnd: '2030-06-03T06:30:00Z',
    })
    assert.equal(summer.windowStart.setZone('Europe/Copenhagen').toFormat('HH:mm'), '08:00')
  })

  test('phone numbers are normalised to E.164 for Denmark and Sweden, others refused', async ({
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await offerCallbacks(soroe)
    const accepted: [string, string][] = [
      ['+45 22 34 56 78', '+4522345678'],
      ['0045 23456789', '+4523456789'],
      ['070-123 45 67', '+46701234567'],
      ['+46 (0)70 123 45 67', '+46701234567'],
    ]
    for (const [input, e164] of accepted) {
      const callback = await request(soroe, { phone: input })
      assert.equal(callback.phone, e164, input)
    }
    for (const input of ['+49 1234 5678', '1234567', 'ring mig op']) {
      assert.deepEqual(await refusal(request(soroe, { phone: input })), { phone: 'phone' }, input)
    }
  })

  test('a kommune that does not offer callbacks refuses requests', async ({ assert }) => {
    const soroe = await kommuneByCode(SOROE)
    await assert.rejects(() => request(soroe, {}), ChannelUnavailableError)
    await offerCallbacks(soroe, false)
    await assert.rejects(() => request(soroe, {}), ChannelUnavailableError)
    assert.lengthOf(await CallbackRequest.query().where('kommune_id', soroe.id), 0)
  })

  test('an unknown service area and a blank topic are refused', async ({ assert }) => {
    const soroe = await kommuneByCode(SOROE)
    await offerCallbacks(soroe)
    assert.deepEqual(await refusal(request(soroe, { serviceAreaId: 999999 })), {
      serviceAreaId: 'exists',
    })
    assert.properties(await refusal(request(soroe, { topic: '  ' })), ['topic'])
  })
})

async function as(client: ApiClient, email: string, url: string, body?: Record<string, unknown>) {
  const user = await demoUser(email)
  if (!body) return client.get(url).loginAs(user).withInertia()
  return client
    .post(url)
    .loginAs(user)
    .withCsrfToken()
    .header('referer', '/staff/callbacks')
    .json(body)
    .redirects(0)
}

const STAFF = 'medarbejder@soroe.dk'
const ADMIN = 'admin@soroe.dk'

test.group('Callbacks: the staff queue', (group) => {
  isolateEachTest(group)
  let soroe: Kommune

  group.each.setup(async () => {
    soroe = await kommuneByCode(SOROE)
    await offerCallbacks(soroe)
  })

  test('the queue lists open requests by due time, with a click-to-call link', async ({
    client,
    assert,
  }) => {
    const later = await request(soroe, {
      windowStart: '2030-03-05T11:00',
      windowEnd: '2030-03-05T12:00',
      topic: 'Senere',
    })
    const sooner = await request(soroe, { topic: 'Først', phone: '070-123 45 67' })
    const response = await as(client, STAFF, '/staff/callbacks')
    response.assertStatus(200)
    response.assertInertiaComponent('staff/callbacks')
    const pending = response.inertiaProps.pending as any[]
    assert.deepEqual(
      pending.map((item) => item.id),
      [sooner.id, later.id]
    )
    assert.isTrue(response.inertiaProps.offered)
    assert.equal(pending[0].callUrl, 'https://pbx.example.dk/call?to=%2B46701234567')
    assert.equal(pending[0].status, 'open')
  })

  test('claim, not reached → back in the queue at the chosen time, then reached → done', async ({
    client,
    assert,
  }) => {
    const callback = await request(soroe, {})
    const claim = await as(client, STAFF, `/staff/callbacks/${callback.id}/claim`, {})
    claim.assertFlashMessage('success', 'Du har taget opkaldet.')
    await callback.refresh()
    const staff = await demoUser(STAFF)
    assert.equal(callback.status, 'claimed')
    assert.equal(callback.claimedBy, staff.id)

    // A colleague cannot take it as well.
    const again = await as(client, ADMIN, `/staff/callbacks/${callback.id}/claim`, {})
    again.assertFlashMessage('error', 'En kollega har allerede taget opkaldet.')

    // "Not reached" needs a time for the next try, in the future.
    const missing = await as(client, STAFF, `/staff/callbacks/${callback.id}/outcome`, {
      outcome: 'not_reached',
    })
    missing.assertStatus(302)
    assert.property(missing.flashMessages().inputErrorsBag, 'nextAttemptAt')
    const past = await as(client, STAFF, `/staff/callbacks/${callback.id}/outcome`, {
      outcome: 'not_reached',
      nextAttemptAt: '2020-01-01T10:00',
    })
    past.assertFlashMessage('error', 'Vælg et tidspunkt for næste forsøg, der ligger i fremtiden.')

    const notReached = await as(client, STAFF, `/staff/callbacks/${callback.id}/outcome`, {
      outcome: 'not_reached',
      nextAttemptAt: '2030-03-05T09:15',
      notes: 'Telefonsvarer',
    })
    notReached.assertFlashMessage('success', 'Anmodningen er sat i kø igen.')
    await callback.refresh()
    assert.equal(callback.status, 'open')
    assert.equal(callback.outcome, 'not_reached')
    assert.equal(callback.attempts, 1)
    assert.isNull(callback.claimedBy)
    assert.equal(callback.nextAttemptAt.toUTC().toISO(), '2030-03-05T08:15:00.000Z')
    assert.match(callback.notes!, /Sofie Medarbejder\] Telefonsvarer$/)

    await as(client, STAFF, `/staff/callbacks/${callback.id}/claim`, {})
    const reached = await as(client, STAFF, `/staff/callbacks/${callback.id}/outcome`, {
      outcome: 'reached',
      notes: 'Hjulpet med ansøgningen',
    })
    reached.assertFlashMessage('success', 'Opkaldet er registreret som gennemført.')
    await callback.refresh()
    assert.equal(callback.status, 'done')
    assert.equal(callback.outcome, 'reached')
    assert.equal(callback.attempts, 2)
    assert.equal(callback.notes!.split('\n').length, 2)

    const page = await as(client, STAFF, '/staff/callbacks')
    assert.lengthOf(page.inertiaProps.pending, 0)
    assert.equal(page.inertiaProps.closed[0].id, callback.id)
    const late = await as(client, STAFF, `/staff/callbacks/${callback.id}/cancel`, {})
    late.assertFlashMessage('error', 'Anmodningen er allerede afsluttet.')
  })

  test('only the colleague who claimed a call records its outcome (or an admin)', async ({
    client,
    assert,
  }) => {
    const callback = await request(soroe, {})
    await as(client, ADMIN, `/staff/callbacks/${callback.id}/claim`, {})
    const refused = await as(client, STAFF, `/staff/callbacks/${callback.id}/outcome`, {
      outcome: 'reached',
    })
    refused.assertFlashMessage(
      'error',
      'Kun den, der har taget opkaldet, kan registrere resultatet.'
    )
    await callback.refresh()
    assert.equal(callback.status, 'claimed')
  })

  test('a request can be cancelled', async ({ client, assert }) => {
    const callback = await request(soroe, {})
    const response = await as(client, STAFF, `/staff/callbacks/${callback.id}/cancel`, {
      notes: 'Borgeren har fået svar på mail',
    })
    response.assertFlashMessage('success', 'Anmodningen er annulleret.')
    await callback.refresh()
    assert.equal(callback.status, 'cancelled')
    assert.equal(callback.outcome, 'cancelled')
  })

  test("another kommune's callback requests are a 404 and never listed", async ({
    client,
    assert,
  }) => {
    const slagelse = await kommuneByCode(SLAGELSE)
    await offerCallbacks(slagelse)
    const theirs = await request(slagelse, { topic: 'Slagelses borger' })
    for (const action of ['claim', 'outcome', 'cancel']) {
      const response = await as(client, STAFF, `/staff/callbacks/${theirs.id}/${action}`, {
        outcome: 'reached',
      })
      assert.equal(response.status(), 404, action)
    }
    await theirs.refresh()
    assert.equal(theirs.status, 'open')
    const page = await as(client, STAFF, '/staff/callbacks')
    assert.notInclude(JSON.stringify(page.inertiaProps), 'Slagelses borger')
  })

  test('managers have no callback queue', async ({ client }) => {
    const response = await as(client, 'leder@soroe.dk', '/staff/callbacks')
    response.assertStatus(403)
  })
})
