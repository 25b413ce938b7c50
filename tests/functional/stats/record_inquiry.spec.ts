import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import RecordInquiry, { type InquiryFacts } from '#actions/stats/record_inquiry'
import RateInquiry from '#actions/stats/rate_inquiry'
import CallbackRequest from '#models/callback_request'
import Inquiry from '#models/inquiry'
import type Kommune from '#models/kommune'
import ServiceArea from '#models/service_area'
import { demoUser, kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

async function record(kommune: Kommune, facts: Partial<InquiryFacts>) {
  const action = await app.container.make(RecordInquiry)
  const startedAt = facts.startedAt ?? DateTime.utc().minus({ minutes: 10 })
  return action.handle(kommune, {
    channel: 'chat',
    source: 'chat',
    outcome: 'answered',
    serviceAreaId: null,
    guideId: null,
    userId: null,
    answeredAt: startedAt.plus({ seconds: 45 }),
    endedAt: startedAt.plus({ minutes: 6 }),
    ...facts,
    startedAt,
  })
}

function dailyRow(kommune: Kommune, day: string, channel: string) {
  return db
    .from('inquiry_daily')
    .where({ kommune_id: kommune.id, day, channel, service_area_id: 0 })
    .first()
}

test.group('Statistics: recording inquiries', (group) => {
  isolateEachTest(group)

  test('a chat records wait, first response, handle time and its local day', async ({ assert }) => {
    const soroe = await kommuneByCode(SOROE)
    // 23:30 UTC on 31 Dec is already New Year's Day in Copenhagen.
    const startedAt = DateTime.fromISO('2029-12-31T23:30:00Z', { zone: 'utc' })
    const inquiry = await record(soroe, {
      startedAt,
      answeredAt: startedAt.plus({ seconds: 90 }),
      firstResponseAt: startedAt.plus({ seconds: 120 }),
      endedAt: startedAt.plus({ minutes: 11, seconds: 30 }),
      csat: 5,
    })
    await inquiry.refresh()
    assert.equal(inquiry.day, '2030-01-01')
    assert.equal(inquiry.waitSeconds, 90)
    assert.equal(inquiry.firstResponseSeconds, 120)
    assert.equal(inquiry.handleSeconds, 600)
    assert.isTrue(inquiry.csatAsked)
    await drainQueue()
    await inquiry.refresh()
    assert.isTrue(inquiry.rolledUp)
    const row = await dailyRow(soroe, '2030-01-01', 'chat')
    assert.equal(Number(row.contacts), 1)
    assert.equal(Number(row.wait_sum), 90)
    assert.equal(Number(row.handle_sum), 600)
    assert.equal(Number(row.csat_positive), 1)
    assert.equal(Number(row.wait_h3), 1, '90 s falls in the 60–120 s bucket')
  })

  test('repeat contact: same citizen and service area within seven days, nothing stored in the fact row', async ({
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const [area, other] = await ServiceArea.query().orderBy('id').limit(2)
    const start = DateTime.utc().minus({ days: 6 })
    const contact = 'Borger@Example.dk '
    const first = await record(soroe, {
      startedAt: start,
      serviceAreaId: area.id,
      contactKey: contact,
    })
    const again = await record(soroe, {
      startedAt: start.plus({ days: 5 }),
      serviceAreaId: area.id,
      contactKey: 'borger@example.dk',
    })
    const otherArea = await record(soroe, {
      startedAt: start.plus({ days: 5 }),
      serviceAreaId: other.id,
      contactKey: contact,
    })
    assert.deepEqual(
      [first.repeatContact, again.repeatContact, otherArea.repeatContact],
      [false, true, false]
    )
    const keys = await db.from('inquiry_contact_keys').where('kommune_id', soroe.id)
    assert.lengthOf(keys, 2)
    assert.notInclude(JSON.stringify(keys), 'example.dk')
    const stored = await Inquiry.findOrFail(again.id)
    assert.notInclude(JSON.stringify(stored.$attributes), 'example.dk')
  })

  test('a rating after the rollup reaches the aggregates once', async ({ assert }) => {
    const soroe = await kommuneByCode(SOROE)
    const startedAt = DateTime.fromISO('2030-02-01T10:00:00Z', { zone: 'utc' })
    const inquiry = await record(soroe, { startedAt })
    await drainQueue()
    const rate = new RateInquiry()
    assert.isTrue(await rate.handle(soroe, inquiry.id, 3))
    assert.isFalse(await rate.handle(soroe, inquiry.id, 5), 'only the first rating counts')
    const row = await dailyRow(soroe, '2030-02-01', 'chat')
    assert.deepEqual(
      [row.csat_asked, row.csat_n, row.csat_sum, row.csat_positive].map(Number),
      [1, 1, 3, 0]
    )
  })

  test('the support view registers answered-at-start with unknown queue time', async ({
    client,
    assert,
  }) => {
    const user = await demoUser('medarbejder@soroe.dk')
    const response = await client
      .post('/staff/inquiries')
      .loginAs(user)
      .withCsrfToken()
      .header('referer', '/staff')
      .json({
        guideId: null,
        serviceArea: 'pas-og-koerekort',
        channel: 'in_person',
        outcome: 'not_resolved',
        startedAt: DateTime.utc().minus({ minutes: 4 }).toISO(),
      })
      .redirects(0)
    response.assertStatus(302)
    const inquiry = await Inquiry.query()
      .where('user_id', user.id)
      .orderBy('id', 'desc')
      .firstOrFail()
    assert.equal(inquiry.outcome, 'not_resolved')
    assert.isNull(inquiry.waitSeconds)
    assert.equal(inquiry.answeredAt!.toMillis(), inquiry.startedAt.toMillis())
    assert.closeTo(inquiry.handleSeconds, 240, 3)
  })

  test('a reached callback waited from the window start until claimed; a cancelled one is not resolved', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const staff = await demoUser('medarbejder@soroe.dk')
    const now = DateTime.utc()
    // Asked an hour ago for a call in a window that opened 20 minutes ago.
    const make = async (phone: string) => {
      const callback = await CallbackRequest.create({
        kommuneId: soroe.id,
        phone,
        windowStart: now.minus({ minutes: 20 }),
        windowEnd: now.plus({ minutes: 10 }),
        nextAttemptAt: now.minus({ minutes: 20 }),
        topic: 'Boligstøtte',
        status: 'open',
        attempts: 0,
      })
      await db
        .from('callback_requests')
        .where('id', callback.id)
        .update({ created_at: now.minus({ hours: 1 }).toFormat('yyyy-MM-dd HH:mm:ss.SSS') })
      return callback
    }
    const post = (url: string, body: Record<string, unknown>) =>
      client
        .post(url)
        .loginAs(staff)
        .withCsrfToken()
        .header('referer', '/staff/callbacks')
        .json(body)
        .redirects(0)
    const reached = await make('+4522345678')
    await post(`/staff/callbacks/${reached.id}/claim`, {})
    await post(`/staff/callbacks/${reached.id}/outcome`, { outcome: 'reached' })
    const cancelled = await make('+4522345679')
    await post(`/staff/callbacks/${cancelled.id}/cancel`, { notes: null })
    const rows = await Inquiry.query()
      .where('kommune_id', soroe.id)
      .where('channel', 'callback')
      .orderBy('id')
    assert.lengthOf(rows, 2)
    assert.equal(rows[0].outcome, 'answered')
    assert.closeTo(rows[0].waitSeconds!, 20 * 60, 5)
    assert.equal(rows[0].userId, staff.id)
    assert.equal(rows[1].outcome, 'not_resolved')
    assert.isNull(rows[1].answeredAt)
    assert.equal(rows[1].handleSeconds, 0)
  })
})
