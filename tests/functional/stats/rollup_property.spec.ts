import { test } from '@japa/runner'
import fc from 'fast-check'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import RateInquiry from '#actions/stats/rate_inquiry'
import { factColumns, type InquiryFacts } from '#actions/stats/record_inquiry'
import Inquiry, { INQUIRY_CHANNELS, INQUIRY_OUTCOMES } from '#models/inquiry'
import type Kommune from '#models/kommune'
import ServiceArea from '#models/service_area'
import Guide from '#models/guide'
import {
  DAILY_TABLE,
  GUIDE_DAILY_TABLE,
  KOMMUNE_DAILY_TABLE,
  MEASURE_COLUMNS,
} from '#stats/rollup_columns'
import { rollUpInquiry, rollUpPending } from '#stats/rollup_incremental'
import { FACT_COLUMNS, addMeasures, measuresOf, type FactRow } from '#stats/rollup_measures'
import { rebuildKommune } from '#stats/rollup_rebuild'
import { rebuildAllRollups } from '#stats/rollup_rebuild_all'
import {
  refreshNationalWindows,
  resetNationalWindows,
  windowStart,
} from '#stats/national/national_windows'
import { NATIONAL_PERIODS, NATIONAL_WINDOW_TABLE } from '#stats/national/national_window_columns'
import { kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { isolateEachTest } from '#tests/helpers/transactions'

/** One random fact: times around midnight so the local day matters. */
const factArbitrary = fc.record({
  kommune: fc.integer({ min: 0, max: 1 }),
  channel: fc.constantFrom(...INQUIRY_CHANNELS),
  outcome: fc.constantFrom(...INQUIRY_OUTCOMES),
  area: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  guide: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  minutes: fc.integer({ min: 0, max: 3 * 24 * 60 }),
  wait: fc.option(fc.integer({ min: 0, max: 9000 }), { nil: null }),
  frt: fc.option(fc.integer({ min: 0, max: 9000 }), { nil: null }),
  handle: fc.integer({ min: 0, max: 9000 }),
  answered: fc.boolean(),
  csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  asked: fc.boolean(),
  repeat: fc.boolean(),
})

/** What can happen to the fact table and the aggregates, in any order. */
const operation = fc.oneof(
  fc.record({ kind: fc.constant('record' as const), fact: factArbitrary }),
  fc.record({ kind: fc.constant('job' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('sweep' as const), batch: fc.integer({ min: 1, max: 7 }) }),
  fc.record({
    kind: fc.constant('rate' as const),
    pick: fc.nat(),
    csat: fc.integer({ min: 1, max: 5 }),
  })
)

type Fact = typeof factArbitrary extends fc.Arbitrary<infer T> ? T : never

interface World {
  kommuner: Kommune[]
  areaIds: number[]
  guideIds: number[]
}

async function record(world: World, fact: Fact) {
  const kommune = world.kommuner[fact.kommune]
  const startedAt = DateTime.fromISO('2031-03-29T21:00:00Z').plus({ minutes: fact.minutes })
  const answeredAt = fact.answered ? startedAt.plus({ seconds: fact.wait ?? 30 }) : null
  const facts: InquiryFacts = {
    channel: fact.channel,
    source: 'property',
    outcome: fact.outcome,
    serviceAreaId: fact.area === null ? null : world.areaIds[fact.area],
    guideId: fact.guide === null ? null : world.guideIds[fact.guide],
    userId: null,
    startedAt,
    answeredAt,
    firstResponseAt: fact.frt === null ? null : startedAt.plus({ seconds: fact.frt }),
    endedAt: (answeredAt ?? startedAt).plus({ seconds: fact.handle }),
    waitSeconds: fact.answered ? fact.wait : null,
    csat: fact.csat,
    csatAsked: fact.asked,
  }
  const inquiry = await Inquiry.create({
    kommuneId: kommune.id,
    ...factColumns(kommune, facts),
    repeatContact: fact.repeat,
  })
  return inquiry.id
}

/** The three aggregate tables of the two kommuner, every value a number, sorted. */
async function snapshot(world: World) {
  const ids = world.kommuner.map((kommune) => kommune.id)
  const result: Record<string, string[]> = {}
  for (const table of [DAILY_TABLE, KOMMUNE_DAILY_TABLE, GUIDE_DAILY_TABLE]) {
    const rows = await db.from(table).whereIn('kommune_id', ids)
    result[table] = rows
      .map((row) =>
        JSON.stringify(
          Object.keys(row)
            .sort()
            .map((key) => [key, typeof row[key] === 'string' ? row[key] : Number(row[key])])
        )
      )
      .sort()
  }
  return result
}

/** The aggregates recomputed in JavaScript from the raw rows (the definition). */
async function recomputed(world: World) {
  const ids = world.kommuner.map((kommune) => kommune.id)
  const facts = (await db
    .from('inquiries')
    .whereIn('kommune_id', ids)
    .select([...FACT_COLUMNS])) as FactRow[]
  const tables: Record<string, Map<string, Record<string, unknown>>> = {
    [DAILY_TABLE]: new Map(),
    [KOMMUNE_DAILY_TABLE]: new Map(),
    [GUIDE_DAILY_TABLE]: new Map(),
  }
  const add = (table: string, key: Record<string, unknown>, measures: Record<string, number>) => {
    const id = JSON.stringify(key)
    const row = tables[table].get(id) ?? { ...key }
    tables[table].set(id, row)
    addMeasures(row as Record<string, number>, measures)
  }
  for (const fact of facts) {
    const measures = measuresOf(fact)
    const base = { kommune_id: Number(fact.kommune_id), day: fact.day }
    const area = Number(fact.service_area_id ?? 0)
    add(DAILY_TABLE, { ...base, service_area_id: area, channel: fact.channel }, measures)
    add(KOMMUNE_DAILY_TABLE, base, measures)
    if (fact.guide_id) {
      const key = {
        ...base,
        guide_id: Number(fact.guide_id),
        service_area_id: area,
        channel: fact.channel,
      }
      const id = JSON.stringify(key)
      const row = tables[GUIDE_DAILY_TABLE].get(id) ?? { ...key, contacts: 0 }
      row.contacts = Number(row.contacts) + 1
      tables[GUIDE_DAILY_TABLE].set(id, row)
    }
  }
  const result: Record<string, string[]> = {}
  for (const [table, rows] of Object.entries(tables)) {
    result[table] = [...rows.values()]
      .map((row) => {
        const full =
          table === GUIDE_DAILY_TABLE
            ? row
            : { ...Object.fromEntries(MEASURE_COLUMNS.map((c) => [c, 0])), ...row }
        return JSON.stringify(
          Object.keys(full)
            .sort()
            .map((key) => [key, full[key]])
        )
      })
      .sort()
  }
  return result
}

/** The national windows' rows of the two kommuner, as sorted strings. */
async function windowSnapshot(world: World) {
  const rows = await db.from(NATIONAL_WINDOW_TABLE).whereIn(
    'kommune_id',
    world.kommuner.map((kommune) => kommune.id)
  )
  return rows
    .map((row) =>
      [row.period_days, row.guide_id, row.kommune_id, row.contacts].map(Number).join('|')
    )
    .sort()
}

/** The windows recomputed from the raw rows: contacts per (guide, kommune) in each window ending on `asOf`. */
async function windowsRecomputed(world: World, asOf: string) {
  const facts = (await db
    .from('inquiries')
    .whereIn(
      'kommune_id',
      world.kommuner.map((kommune) => kommune.id)
    )
    .whereNotNull('guide_id')
    .select('kommune_id', 'guide_id', 'day')) as {
    kommune_id: number
    guide_id: number
    day: string
  }[]
  const counts = new Map<string, number>()
  for (const days of NATIONAL_PERIODS) {
    for (const fact of facts) {
      if (fact.day < windowStart(asOf, days) || fact.day > asOf) continue
      const key = [days, fact.guide_id, fact.kommune_id].map(Number).join('|')
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  return [...counts].map(([key, contacts]) => `${key}|${contacts}`).sort()
}

async function apply(
  world: World,
  operations: (typeof operation extends fc.Arbitrary<infer T> ? T : never)[]
) {
  const ids: number[] = []
  for (const op of operations) {
    if (op.kind === 'record') ids.push(await record(world, op.fact))
    if (ids.length === 0) continue
    const id = ids[('pick' in op ? op.pick : 0) % ids.length]
    const row = await db.from('inquiries').where('id', id).select('kommune_id').first()
    const kommuneId = row.kommune_id
    if (op.kind === 'job') {
      // A job may run twice (at-least-once delivery): the second run must change nothing.
      await rollUpInquiry(Number(kommuneId), id)
      if (op.pick % 3 === 0) await rollUpInquiry(Number(kommuneId), id)
    }
    if (op.kind === 'sweep') await rollUpPending({ batchSize: op.batch })
    if (op.kind === 'rate') {
      const kommune = world.kommuner.find((candidate) => candidate.id === Number(kommuneId))!
      await new RateInquiry().handle(kommune, id, op.csat)
    }
  }
  await rollUpPending()
}

async function reset(world: World) {
  const ids = world.kommuner.map((kommune) => kommune.id)
  await db.from('inquiries').whereIn('kommune_id', ids).delete()
  for (const table of [DAILY_TABLE, KOMMUNE_DAILY_TABLE, GUIDE_DAILY_TABLE]) {
    await db.from(table).whereIn('kommune_id', ids).delete()
  }
  await resetNationalWindows(db.connection())
}

test.group('Statistics: rollups equal a recomputation from the raw rows', (group) => {
  isolateEachTest(group)

  test('random records, jobs (also twice), sweeps and late ratings', async ({ assert }) => {
    const areas = await ServiceArea.query().orderBy('id').limit(4)
    const guides = await Guide.query().whereNull('kommune_id').orderBy('id').limit(4)
    const world: World = {
      kommuner: [await kommuneByCode(SOROE), await kommuneByCode(SLAGELSE)],
      areaIds: areas.map((area) => area.id),
      guideIds: guides.map((guide) => guide.id),
    }
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 40 }), async (operations) => {
        await reset(world)
        // The windows end on the facts' second day while they arrive (incremental adds),
        await refreshNationalWindows('2031-03-30')
        await apply(world, operations)
        const incremental = await snapshot(world)
        assert.deepEqual(incremental, await recomputed(world))
        const windows = await windowSnapshot(world)
        assert.deepEqual(windows, await windowsRecomputed(world, '2031-03-30'), 'windows')
        // then a new day enters, and four weeks later the first day leaves the 30-day window.
        for (const asOf of ['2031-03-31', '2031-04-28']) {
          await refreshNationalWindows(asOf)
          const slid = await windowSnapshot(world)
          assert.deepEqual(slid, await windowsRecomputed(world, asOf), `windows slid to ${asOf}`)
        }
        const lastWindows = await windowSnapshot(world)
        await rebuildAllRollups({ chunkRows: 5, asOf: '2031-04-28' })
        assert.deepEqual(await snapshot(world), incremental, 'SQL rebuild in ranges')
        assert.deepEqual(await windowSnapshot(world), lastWindows, 'windows after the rebuild')
        for (const kommune of world.kommuner) await rebuildKommune(kommune.id)
        assert.deepEqual(await snapshot(world), incremental, 'SQL rebuild per kommune')
        assert.deepEqual(await windowSnapshot(world), lastWindows, 'windows, per-kommune rebuild')
      }),
      { numRuns: 25, seed: Number(process.env.PROPERTY_SEED ?? Date.now() % 100000) }
    )
  }).timeout(180_000)
})
