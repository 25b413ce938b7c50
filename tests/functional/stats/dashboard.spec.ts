import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import ServiceArea from '#models/service_area'
import Kommune from '#models/kommune'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { isolateEachTest } from '#tests/helpers/transactions'
import { recordInquiries } from '#tests/helpers/stats_fixture'
import KommuneUnitCost from '#models/kommune_unit_cost'

async function soroeFixture() {
  const soroe = await kommuneByCode(SOROE)
  const [area] = await ServiceArea.query().orderBy('id').limit(1)
  const start = DateTime.utc().minus({ hours: 2 })
  await recordInquiries(soroe, [
    // phone, answered: waited 45 s, handled 5 min, rated 4
    { serviceAreaId: area.id, csat: 4, startedAt: start },
    // chat, self-service, rated 2
    { channel: 'chat', source: 'chat', outcome: 'self_service', csat: 2, startedAt: start },
    // e-mail, referred, nobody rated
    { channel: 'email', source: 'email', outcome: 'referred', startedAt: start },
  ])
  await recordInquiries(await kommuneByCode(SLAGELSE), [{ startedAt: start }])
  return { soroe, area }
}

test.group('Statistics dashboard over HTTP', (group) => {
  isolateEachTest(group)

  test('the Sorø manager sees Sorø’s figures from the rollups', async ({ client, assert }) => {
    const { area } = await soroeFixture()
    const manager = await demoUser('leder@soroe.dk')
    const response = await client.get('/stats?preset=30d').loginAs(manager).withInertia()
    response.assertStatus(200)
    const { dashboard } = response.inertiaProps as { dashboard: any }
    const current = dashboard.summary.current
    assert.equal(current.volume, 3)
    assert.closeTo(current.resolutionRate, 2 / 3, 1e-9)
    assert.equal(current.csatPositiveShare, 0.5)
    assert.closeTo(current.referralRate, 1 / 3, 1e-9)
    // 40 (phone) + 11 (chat) + 20 (e-mail), the defaults
    assert.equal(current.totalCost, 71)
    assert.equal(dashboard.summary.previous.volume, 0)
    assert.closeTo(current.digitalShare, 2 / 3, 1e-9)
    const areaRow = dashboard.byArea.find((row: any) => row.contacts === 1 && row.serviceArea)
    assert.exists(areaRow)
    assert.deepInclude(dashboard.phoneYear, {
      serviceAreaId: area.id,
      serviceArea: area.nameDa,
      contacts: 1,
    })
  })

  test('filters by channel and service area', async ({ client, assert }) => {
    const { area } = await soroeFixture()
    const manager = await demoUser('leder@soroe.dk')
    const chat = await client.get('/stats?channel=chat').loginAs(manager).withInertia()
    assert.equal((chat.inertiaProps as any).dashboard.summary.current.volume, 1)
    const byArea = await client.get(`/stats?area=${area.id}`).loginAs(manager).withInertia()
    assert.equal((byArea.inertiaProps as any).dashboard.summary.current.volume, 1)
    const bad = await client.get('/stats?channel=pigeon').loginAs(manager).redirects(0)
    assert.oneOf(bad.status(), [302, 422])
  })

  test('CSV: BOM, semicolons, Danish decimals, only the own kommune', async ({
    client,
    assert,
  }) => {
    const { soroe } = await soroeFixture()
    await KommuneUnitCost.create({ kommuneId: soroe.id, channel: 'phone', unitCost: 52.5 })
    const manager = await demoUser('leder@soroe.dk')
    const response = await client.get('/stats/export/costs?preset=30d').loginAs(manager)
    response.assertStatus(200)
    assert.match(response.header('content-type') ?? '', /^text\/csv/)
    assert.match(response.header('content-disposition') ?? '', /attachment; filename="soroe-costs-/)
    const text = response.text()
    assert.isTrue(text.startsWith('\uFEFF'), 'UTF-8 BOM')
    const lines = text.slice(1).trim().split('\r\n')
    assert.equal(lines[0], 'Kanal;Henvendelser;Enhedspris (kr.);Omkostning (kr.)')
    assert.include(lines, 'Telefon;1;52,5;52,5')
    assert.include(lines, 'Chat;1;11;11')
    const csat = await client.get('/stats/export/csat').loginAs(manager)
    assert.include(csat.text(), 'Chat;1;0;100')
    const slagelse = await client
      .get('/stats/export/costs')
      .loginAs(await demoUser('leder@slagelse.dk'))
    assert.include(slagelse.text(), 'Telefon;1;40;40')
    assert.include(slagelse.text(), 'Chat;0;11;0')
  })

  test('another kommune’s manager sees only their own; staff and unknown tables are refused', async ({
    client,
    assert,
  }) => {
    await soroeFixture()
    const other = await demoUser('leder@slagelse.dk')
    const response = await client.get('/stats').loginAs(other).withInertia()
    const { dashboard } = response.inertiaProps as { dashboard: any }
    assert.equal(dashboard.summary.current.volume, 1)
    assert.notInclude(JSON.stringify(response.inertiaProps), 'Sorø')
    const staff = await demoUser('medarbejder@soroe.dk')
    const refused = [
      await client.get('/stats').loginAs(staff),
      await client.get('/stats/export/costs').loginAs(staff),
      await client.get('/stats/peers').loginAs(staff),
    ]
    for (const denied of refused) denied.assertStatus(403)
    const manager = await demoUser('leder@soroe.dk')
    const unknown = await client.get('/stats/export/nope').loginAs(manager)
    unknown.assertStatus(404)
  })

  test('peers: a group under five kommuner is not shown, and says why', async ({
    client,
    assert,
  }) => {
    await soroeFixture()
    const manager = await demoUser('leder@soroe.dk')
    const response = await client.get('/stats/peers').loginAs(manager).withInertia()
    const { peers } = response.inertiaProps as { peers: any }
    const all = peers.groups.find((g: any) => g.kind === 'all')
    assert.equal(all.hidden, 'too_small')
    assert.equal(all.size, 1)
    assert.deepEqual(all.rows, [])
  })

  test('peers: quartiles of six kommuner, none of them named or identified in page or CSV', async ({
    client,
    assert,
  }) => {
    await soroeFixture()
    const soroe = await kommuneByCode(SOROE)
    const others = await Kommune.query()
      .where('country', 'DK')
      .whereNotIn('code', [SOROE, SLAGELSE])
      .orderBy('id')
      .limit(5)
    for (const [index, kommune] of others.entries()) {
      const calls = Array.from({ length: index + 1 }, () => ({}))
      await recordInquiries(kommune, calls)
    }
    const manager = await demoUser('leder@soroe.dk')
    const response = await client.get('/stats/peers').loginAs(manager).withInertia()
    const { peers } = response.inertiaProps as { peers: any }
    const all = peers.groups.find((g: any) => g.kind === 'all')
    assert.isNull(all.hidden)
    assert.equal(all.size, 6)
    const digital = all.rows.find((row: any) => row.metric === 'digitalShare')
    assert.closeTo(digital.own, 2 / 3, 1e-9)
    // Every peer used the phone only
    assert.equal(digital.median, 0)
    const csv = await client.get('/stats/peers/export').loginAs(manager)
    csv.assertStatus(200)
    const page = JSON.stringify(response.inertiaProps)
    for (const kommune of [...others, await kommuneByCode(SLAGELSE)]) {
      for (const text of [page, csv.text()]) {
        assert.notInclude(text, kommune.name)
        assert.notInclude(text, `"${kommune.slug}"`)
        assert.notInclude(text, `"code":"${kommune.code}"`)
      }
    }
    assert.notInclude(page, '"kommuneId"')
    assert.include(csv.text(), 'Alle kommuner;6;')
    assert.equal(soroe.code, SOROE)
  })
})
