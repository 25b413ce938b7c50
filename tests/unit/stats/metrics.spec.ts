import { test } from '@japa/runner'
import { addMeasures, emptyMeasures, measuresOf, type FactRow } from '#stats/rollup_measures'
import { computeMetrics, costByChannel } from '#stats/metrics'
import { DEFAULT_UNIT_COSTS } from '#stats/unit_costs'
import { previousPeriod, resolvePeriod, bucketStart } from '#stats/period'

const base: FactRow = {
  kommune_id: 1,
  day: '2030-01-01',
  service_area_id: null,
  guide_id: null,
  channel: 'phone',
  outcome: 'answered',
  answered_at: '2030-01-01 10:00:00',
  wait_seconds: null,
  first_response_seconds: null,
  handle_seconds: 0,
  csat: null,
  csat_asked: 0,
  repeat_contact: 0,
}

/**
 * Four contacts, figures worked out by hand in the comments below
 * (histogram buckets: <10, 10–30, 30–60, 60–120, 120–180, 180–300,
 * 300–600, 600–900, 900–1800, 1800–3600, 3600–7200, ≥7200 s).
 */
const FIXTURE: FactRow[] = [
  { ...base, wait_seconds: 20, handle_seconds: 300, csat: 5, csat_asked: 1 },
  { ...base, outcome: 'referred', wait_seconds: 90, handle_seconds: 120, csat: 2, csat_asked: 1 },
  {
    ...base,
    channel: 'chat',
    outcome: 'self_service',
    wait_seconds: 45,
    first_response_seconds: 60,
    handle_seconds: 600,
    csat_asked: 1,
    repeat_contact: 1,
  },
  {
    ...base,
    channel: 'email',
    outcome: 'not_resolved',
    answered_at: null,
    first_response_seconds: 7200,
    handle_seconds: 0,
  },
]

const summed = (facts: FactRow[]) =>
  facts.reduce((sum, fact) => addMeasures(sum, measuresOf(fact)), emptyMeasures())
const context = { population: 20_000, unitCosts: DEFAULT_UNIT_COSTS }

test.group('Statistics: metric definitions', () => {
  test('hand-computed figures for a four-contact fixture', ({ assert }) => {
    const metrics = computeMetrics(summed(FIXTURE), context)
    assert.equal(metrics.volume, 4)
    // answered + self-service of four
    assert.equal(metrics.resolutionRate, 0.5)
    assert.equal(metrics.selfServiceRate, 0.25)
    assert.equal(metrics.referralRate, 0.25)
    assert.equal(metrics.repeatRate, 0.25)
    // ratings 5 and 2: one of two is 4–5; three were asked, two answered
    assert.equal(metrics.csatPositiveShare, 0.5)
    assert.closeTo(metrics.csatResponseRate!, 2 / 3, 1e-9)
    assert.equal(metrics.csatAnswers, 2)
    // 4 / 20,000 × 1,000
    assert.closeTo(metrics.perThousandInhabitants!, 0.2, 1e-9)
    // 2 × 40 (phone) + 11 (chat) + 20 (e-mail)
    assert.equal(metrics.totalCost, 111)
    assert.equal(metrics.costPerContact, 27.75)
    // chat + e-mail of four
    assert.equal(metrics.digitalShare, 0.5)
  })

  test('percentiles interpolate inside histogram buckets', ({ assert }) => {
    const metrics = computeMetrics(summed(FIXTURE), context)
    // wait 20, 45, 90: rank 1.5 → middle of 30–60; rank 2.7 → 70 % into 60–120
    assert.closeTo(metrics.waitMedian!, 45, 1e-9)
    assert.closeTo(metrics.waitP90!, 102, 1e-9)
    // first response 60, 7200: rank 1 → top of 60–120; rank 1.8 → the open bucket's floor
    assert.closeTo(metrics.firstResponseMedian!, 120, 1e-9)
    assert.equal(metrics.firstResponseP90, 7200)
    // handle 120, 300, 600 (the unanswered e-mail has none): 300 + ½·300, 600 + 0.7·300
    assert.closeTo(metrics.handleMedian!, 450, 1e-9)
    assert.closeTo(metrics.handleP90!, 810, 1e-9)
  })

  test('an empty period: zero volume and cost, every rate and time unmeasurable', ({ assert }) => {
    const metrics = computeMetrics(emptyMeasures(), context)
    assert.equal(metrics.volume, 0)
    assert.equal(metrics.totalCost, 0)
    for (const key of [
      'waitMedian',
      'waitP90',
      'firstResponseMedian',
      'handleP90',
      'resolutionRate',
      'csatPositiveShare',
      'csatResponseRate',
      'selfServiceRate',
      'referralRate',
      'repeatRate',
      'costPerContact',
      'digitalShare',
    ] as const) {
      assert.isNull(metrics[key], key)
    }
    assert.equal(metrics.perThousandInhabitants, 0)
  })

  test('missing CSAT: no ratings and nobody asked gives null, not 0 %', ({ assert }) => {
    const unrated = FIXTURE.map((fact) => ({ ...fact, csat: null, csat_asked: 0 }))
    const metrics = computeMetrics(summed(unrated), context)
    assert.isNull(metrics.csatPositiveShare)
    assert.isNull(metrics.csatResponseRate)
    assert.equal(metrics.csatAnswers, 0)
    const askedOnly = FIXTURE.map((fact) => ({ ...fact, csat: null, csat_asked: 1 }))
    const asked = computeMetrics(summed(askedOnly), context)
    assert.isNull(asked.csatPositiveShare)
    assert.equal(asked.csatResponseRate, 0)
  })

  test('no population: contacts per 1,000 inhabitants is null', ({ assert }) => {
    const metrics = computeMetrics(summed(FIXTURE), { ...context, population: null })
    assert.isNull(metrics.perThousandInhabitants)
  })

  test('cost per channel uses the kommune’s own unit costs', ({ assert }) => {
    const costs = costByChannel(summed(FIXTURE), { ...DEFAULT_UNIT_COSTS, phone: 52.5 })
    const phone = costs.find((row) => row.channel === 'phone')!
    assert.deepEqual(phone, { channel: 'phone', contacts: 2, unitCost: 52.5, cost: 105 })
    assert.equal(costs.find((row) => row.channel === 'sms')!.cost, 0)
  })
})

test.group('Statistics: periods', () => {
  test('presets count back from today; the previous period has the same length', ({ assert }) => {
    const period = resolvePeriod({ preset: '30d' }, '2026-12-03')
    assert.deepEqual(period, { from: '2026-11-04', to: '2026-12-03', days: 30 })
    assert.deepEqual(previousPeriod(period), { from: '2026-10-05', to: '2026-11-03', days: 30 })
  })

  test('a custom range is ordered and clamped to two years', ({ assert }) => {
    const period = resolvePeriod({ preset: 'custom', from: '2026-12-01', to: '2020-01-01' }, 'x')
    assert.equal(period.to, '2026-12-01')
    assert.equal(period.days, 731)
  })

  test('weeks start on Monday, months on the first', ({ assert }) => {
    assert.equal(bucketStart('2026-12-03', 'week'), '2026-11-30')
    assert.equal(bucketStart('2026-12-03', 'month'), '2026-12-01')
  })
})
