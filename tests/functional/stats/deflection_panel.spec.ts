import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { isolateEachTest } from '#tests/helpers/transactions'
import { steps as session, widgetSessions as sessions } from '#tests/helpers/stats_fixture'

async function given() {
  const soroe = await kommuneByCode(SOROE)
  await db.from('widget_sessions').delete()
  // This period (the 30 days to today): 5 asked, 2 found the answer without a chat.
  await sessions(soroe, 2, [
    session(true, true, true, false),
    session(true, true, true, false),
    session(true, true, false, true),
    session(true, false, false, false),
    session(true, true, true, true),
    session(false, true, false, false),
  ])
  // The previous 30 days: 2 asked, 1 deflected.
  await sessions(soroe, 40, [session(true, true, true, false), session(true, false, false, true)])
  // Another kommune, and before both periods: never counted.
  await sessions(await kommuneByCode(SLAGELSE), 2, [session(true, true, true, false)])
  await sessions(soroe, 75, [session(true, true, true, false)])
  return soroe
}

test.group('Dashboard: answers before chat (deflection)', (group) => {
  isolateEachTest(group)

  test('the funnel, the rate beside the previous period, and the saving at the chat price', async ({
    client,
    assert,
  }) => {
    await given()
    const manager = await demoUser('leder@soroe.dk')
    const response = await client.get('/stats?preset=30d').loginAs(manager).withInertia()
    response.assertStatus(200)
    const { deflection } = (response.inertiaProps as { dashboard: any }).dashboard
    assert.deepEqual(
      deflection.rows.map((row: any) => [row.step, row.sessions, row.previous]),
      [
        ['asked', 5, 2],
        ['guideOpened', 4, 1],
        ['helpful', 3, 1],
        ['chatFollowed', 2, 1],
        ['deflected', 2, 1],
      ]
    )
    assert.closeTo(deflection.rate, 0.4, 1e-9)
    assert.closeTo(deflection.previousRate, 0.5, 1e-9)
    assert.closeTo(deflection.rows[1].share, 0.8, 1e-9)
    assert.equal(deflection.estimatedSaving, 22)
    assert.isTrue(deflection.unitCostIsDefault)
  })

  test('nobody asked: the rate is "–" (null), not 0 %', async ({ client, assert }) => {
    await db.from('widget_sessions').delete()
    const manager = await demoUser('leder@soroe.dk')
    const response = await client.get('/stats').loginAs(manager).withInertia()
    const { deflection } = (response.inertiaProps as { dashboard: any }).dashboard
    assert.isNull(deflection.rate)
    assert.isNull(deflection.rows[0].share)
    assert.equal(deflection.estimatedSaving, 0)
  })

  test('CSV in the reader’s language, Danish numbers; same rows as the table', async ({
    client,
    assert,
  }) => {
    const soroe = await given()
    await db.table('kommune_unit_costs').insert({
      kommune_id: soroe.id,
      channel: 'chat',
      unit_cost: 12.5,
      updated_at: DateTime.utc().toFormat('yyyy-MM-dd HH:mm:ss'),
    })
    const manager = await demoUser('leder@soroe.dk')
    const csv = await client.get('/stats/export/deflection?preset=30d').loginAs(manager)
    csv.assertStatus(200)
    assert.match(csv.header('content-disposition') ?? '', /soroe-deflection-/)
    const lines = csv.text().slice(1).trim().split('\r\n')
    assert.deepEqual(lines, [
      'Trin;Sessioner;Andel af dem, der bad om chat (%);Forrige periode',
      'Bad om chat og fik vist vejledninger;5;100;2',
      'Åbnede en vejledning;4;80;1',
      'Svarede, at vejledningen besvarede spørgsmålet;3;60;1',
      'Gik videre til chat;2;40;1',
      'Fandt svaret og chattede ikke;2;40;1',
    ])
    const english = await client
      .get('/stats/export/deflection?preset=30d')
      .loginAs(manager)
      .withPlainCookie('vejviser-locale', 'en')
    assert.include(english.text(), 'Found the answer and did not chat;2;40;1')
    const page = await client.get('/stats?preset=30d').loginAs(manager).withInertia()
    assert.equal((page.inertiaProps as any).dashboard.deflection.estimatedSaving, 25)
  })
})
