import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import AuditLog from '#models/audit_log'
import SearchMiss from '#models/search_miss'
import ServiceArea from '#models/service_area'
import { DASHBOARD_TABLE_IDS } from '#stats/dashboard_tables'
import { NATIONAL_TABLE_IDS } from '#stats/national/national_tables'
import { demoUser, kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { drainQueue } from '#tests/helpers/queue'
import { recordInquiries } from '#tests/helpers/stats_fixture'
import { isolateEachTest } from '#tests/helpers/transactions'

/** A citizen's search text that reaches the "searches without answers" CSV, never the log. */
const CITIZEN_QUERY = 'skilsmisse anmeldelse naboen'

async function given() {
  const soroe = await kommuneByCode(SOROE)
  const [area] = await ServiceArea.query().orderBy('id').limit(1)
  await recordInquiries(soroe, [
    { serviceAreaId: area.id, csat: 5, startedAt: DateTime.utc().minus({ hours: 2 }) },
  ])
  await SearchMiss.create({
    kommuneId: soroe.id,
    query: CITIZEN_QUERY,
    audience: 'citizen',
    reason: 'zero',
    hits: 0,
    // Yesterday: inside both the dashboard's period (today included) and the national one (up to yesterday).
    createdAt: DateTime.now()
      .setZone('Europe/Copenhagen')
      .minus({ days: 1 })
      .set({ hour: 12 })
      .toUTC(),
  })
  await AuditLog.query().where('action', 'export.downloaded').delete()
  return { soroe, area }
}

async function exportEntries() {
  await drainQueue()
  return AuditLog.query().where('action', 'export.downloaded').orderBy('id')
}

test.group('Statistics downloads are audited', (group) => {
  isolateEachTest(group)

  test('every dashboard table: who, which kommune, table, period and filters; no rows', async ({
    client,
    assert,
  }) => {
    const { soroe, area } = await given()
    const manager = await demoUser('leder@soroe.dk')
    const query = `preset=90d&area=${area.id}&channel=phone`
    const misses = await client.get(`/stats/export/top_misses?preset=90d`).loginAs(manager)
    assert.include(misses.text(), CITIZEN_QUERY, 'the CSV itself carries the search text')
    // Rows other specs' real processes committed (searches by a second instance) may stand
    // beside ours: the entry must count exactly the rows this CSV holds (header line excluded).
    const missRows = misses.text().trim().split('\n').length - 1
    for (const table of DASHBOARD_TABLE_IDS) {
      const response = await client.get(`/stats/export/${table}?${query}`).loginAs(manager)
      response.assertStatus(200)
    }
    const entries = await exportEntries()
    assert.lengthOf(entries, DASHBOARD_TABLE_IDS.length + 1)
    const today = DateTime.now().setZone('Europe/Copenhagen')
    const period = `${today.minus({ days: 89 }).toISODate()}..${today.toISODate()}`
    assert.deepEqual(entries[0].meta, {
      page: 'dashboard',
      table: 'top_misses',
      period,
      filters: { preset: '90d' },
      rows: missRows,
      format: 'csv',
    })
    assert.deepEqual(
      entries.slice(1).map((entry) => entry.meta!.table),
      DASHBOARD_TABLE_IDS
    )
    const costs = entries.find((entry) => entry.meta!.table === 'costs')!
    assert.deepEqual(costs.meta!.filters, { preset: '90d', area: area.id, channel: 'phone' })
    assert.equal(costs.meta!.rows, 6)
    for (const entry of entries) {
      assert.equal(entry.userId, manager.id)
      assert.equal(entry.kommuneId, soroe.id)
      assert.equal(entry.subjectType, 'stats_export')
      assert.equal(entry.subjectId, `dashboard.${entry.meta!.table}`)
      const logged = JSON.stringify(entry.meta)
      for (const personal of [CITIZEN_QUERY, manager.email, manager.fullName]) {
        assert.notInclude(logged, personal)
      }
    }
  })

  test('the peer comparison download', async ({ client, assert }) => {
    const { soroe } = await given()
    const admin = await demoUser('admin@soroe.dk')
    const response = await client.get('/stats/peers/export?preset=365d').loginAs(admin)
    response.assertStatus(200)
    const [entry] = await exportEntries()
    assert.equal(entry.userId, admin.id)
    assert.equal(entry.kommuneId, soroe.id)
    assert.deepInclude(entry.meta!, { page: 'peers', table: 'peers', filters: { preset: '365d' } })
    assert.match(String(entry.meta!.period), /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/)
  })

  test('the national editors’ three tables, logged without a kommune', async ({
    client,
    assert,
  }) => {
    await given()
    const editor = await demoUser('redaktoer@vejviser.dk')
    for (const table of NATIONAL_TABLE_IDS) {
      const response = await client
        .get(`/editorial/statistics/export/${table}`)
        .qs({ days: 30 })
        .loginAs(editor)
      response.assertStatus(200)
      assert.match(response.header('content-type') ?? '', /^text\/csv/)
      if (table === 'search_misses') assert.include(response.text(), 'skilsmisse')
    }
    const entries = await exportEntries()
    assert.deepEqual(
      entries.map((entry) => [entry.subjectId, entry.kommuneId, entry.meta!.filters]),
      NATIONAL_TABLE_IDS.map((table) => [`national.${table}`, null, { days: 30 }])
    )
    const misses = entries.find((entry) => entry.meta!.table === 'search_misses')!
    assert.equal(misses.meta!.rows, 1)
    assert.notInclude(JSON.stringify(misses.meta), 'skilsmisse')
  })

  test('refused and unknown downloads leave no export entry', async ({ client, assert }) => {
    await given()
    const staff = await demoUser('medarbejder@soroe.dk')
    const manager = await demoUser('leder@soroe.dk')
    const refused = [
      await client.get('/stats/export/costs').loginAs(staff),
      await client.get('/stats/peers/export').loginAs(staff),
      await client.get('/editorial/statistics/export/guides').loginAs(manager).redirects(0),
      await client.get('/stats/export/nope').loginAs(manager),
      await client
        .get('/editorial/statistics/export/nope')
        .loginAs(await demoUser('redaktoer@vejviser.dk')),
    ]
    for (const response of refused) assert.notEqual(response.status(), 200)
    assert.lengthOf(await exportEntries(), 0)
  })
})
