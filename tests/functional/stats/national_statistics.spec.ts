import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { factColumns } from '#actions/stats/record_inquiry'
import Guide from '#models/guide'
import Inquiry from '#models/inquiry'
import type Kommune from '#models/kommune'
import LocalSupplement from '#models/local_supplement'
import SearchMiss from '#models/search_miss'
import { rollUpPending } from '#stats/rollup_incremental'
import { resetNationalWindows } from '#stats/national/national_windows'
import type { NationalStatisticsProps } from '#transformers/national_statistics_dto'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { isolateEachTest } from '#tests/helpers/transactions'

const YESTERDAY = DateTime.now().setZone('Europe/Copenhagen').minus({ days: 1 }).set({ hour: 10 })

async function contacts(kommune: Kommune, guide: Guide, count: number) {
  for (let index = 0; index < count; index++) {
    const startedAt = YESTERDAY.plus({ minutes: index }).toUTC()
    await Inquiry.create({
      kommuneId: kommune.id,
      ...factColumns(kommune, {
        channel: 'phone',
        source: 'test',
        outcome: 'answered',
        serviceAreaId: guide.serviceAreaId,
        guideId: guide.id,
        userId: null,
        startedAt,
        answeredAt: startedAt.plus({ seconds: 30 }),
        endedAt: startedAt.plus({ minutes: 5 }),
      }),
    })
  }
}

/** Two national guides asked about in Sorø and Slagelse; Sorø has local text for the first. */
async function given() {
  const [soroe, slagelse] = [await kommuneByCode(SOROE), await kommuneByCode(SLAGELSE)]
  const [first, second] = await Guide.query()
    .whereNull('kommune_id')
    .where('status', 'published')
    .whereNotNull('service_area_id')
    .orderBy('id')
    .limit(2)
  await db.from('inquiries').delete()
  await db.from('inquiry_guide_daily').delete()
  await resetNationalWindows(db.connection())
  await db.from('search_misses').delete()
  await LocalSupplement.query().whereIn('guide_id', [first.id, second.id]).delete()
  await LocalSupplement.create({
    kommuneId: soroe.id,
    guideId: first.id,
    processText: 'Lokal tekst',
    basedOnVersion: first.currentVersion,
  })
  await contacts(soroe, first, 5)
  await contacts(slagelse, first, 3)
  await contacts(slagelse, second, 2)
  await rollUpPending()
  const at = YESTERDAY.toUTC()
  for (const query of ['parkeringslicens', 'parkeringslicens', 'hundeskat']) {
    await SearchMiss.create({
      kommuneId: soroe.id,
      query,
      audience: 'citizen',
      reason: 'zero',
      hits: 0,
      createdAt: at,
    })
  }
  await SearchMiss.create({
    kommuneId: slagelse.id,
    query: 'pas',
    audience: 'citizen',
    reason: 'no_click',
    hits: 3,
    createdAt: at,
  })
  return { soroe, slagelse, first, second }
}

test.group('National statistics for the national editors', (group) => {
  isolateEachTest(group)

  test('guides used, failing searches and missing local text across kommuner', async ({
    client,
    assert,
  }) => {
    const { soroe, slagelse, first, second } = await given()
    const response = await client
      .get('/editorial/statistics')
      .qs({ days: 30 })
      .loginAs(await demoUser('redaktoer@vejviser.dk'))
      .withInertia()
    response.assertStatus(200)
    const props = response.inertiaProps as unknown as NationalStatisticsProps
    assert.equal(props.period.days, 30)
    assert.equal(props.period.to, YESTERDAY.toISODate())
    assert.deepInclude(props.guides[0], { guideId: first.id, contacts: 8, kommuner: 2 })
    assert.deepInclude(props.guides[1], { guideId: second.id, contacts: 2, kommuner: 1 })
    assert.deepEqual(
      props.searchMisses.map((row) => [row.kommune, row.zeroResults, row.noClicks, row.topQuery]),
      [
        [soroe.name, 3, 0, 'parkeringslicens'],
        [slagelse.name, 0, 1, null],
      ]
    )
    assert.deepEqual(
      props.missingSupplements.map((row) => [row.kommune, row.guideId, row.contacts]),
      [
        [slagelse.name, first.id, 3],
        [slagelse.name, second.id, 2],
      ]
    )
  })

  test('an empty period shows empty tables; other roles are refused', async ({
    client,
    assert,
  }) => {
    await db.from('inquiry_guide_daily').delete()
    await resetNationalWindows(db.connection())
    await db.from('search_misses').delete()
    const page = await client
      .get('/editorial/statistics')
      .qs({ days: 365 })
      .loginAs(await demoUser('redaktoer@vejviser.dk'))
      .withInertia()
    const props = page.inertiaProps as unknown as NationalStatisticsProps
    assert.deepEqual([props.guides, props.searchMisses, props.missingSupplements], [[], [], []])
    const manager = await client
      .get('/editorial/statistics')
      .loginAs(await demoUser('leder@soroe.dk'))
      .redirects(0)
    assert.notEqual(manager.status(), 200)
  })
})
