import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { DIGITAL_CHANNELS, type InquiryChannel } from '#models/inquiry'
import { Random, WeightedPick } from '#stats/synthetic/random'
import { syntheticDays } from '#stats/synthetic/synthetic_setup'
import {
  SYNTHETIC_COLUMNS,
  channelPickFor,
  generateKommuneDay,
  sqlTime,
  type SyntheticRow,
} from '#stats/synthetic/synthetic_day'

const areas = Array.from({ length: 4 }, (_, index) => ({ id: index + 1, guideIds: [10, 11] }))
const column = (name: (typeof SYNTHETIC_COLUMNS)[number]) => SYNTHETIC_COLUMNS.indexOf(name)

function generate(seed: string, until: string, spanDays: number, dailyMean = 200) {
  const random = new Random(seed)
  const kommune = { id: 7, dailyMean, areaPick: new WeightedPick([4, 3, 2, 1]) }
  const rows: SyntheticRow[] = []
  for (const day of syntheticDays(
    { years: 1, spanDays, until: DateTime.fromISO(until) },
    'Europe/Copenhagen'
  )) {
    generateKommuneDay(random, kommune, day, channelPickFor(day), areas, rows)
  }
  return rows
}

function digitalShare(rows: SyntheticRow[]) {
  const digital = rows.filter((row) =>
    DIGITAL_CHANNELS.includes(row[column('channel')] as InquiryChannel)
  )
  return digital.length / rows.length
}

test.group('Synthetic inquiries', () => {
  test('the same seed gives the same rows; another seed does not', ({ assert }) => {
    const first = generate('a', '2030-03-01', 14)
    assert.deepEqual(generate('a', '2030-03-01', 14), first)
    assert.notDeepEqual(generate('b', '2030-03-01', 14), first)
    assert.lengthOf(first[0], SYNTHETIC_COLUMNS.length)
  })

  test('plausible rows: local day, ordered times, CSAT only when asked', ({ assert }) => {
    for (const row of generate('shape', '2030-03-01', 28)) {
      const started = row[column('started_at')] as string
      const answered = row[column('answered_at')] as string | null
      const ended = row[column('ended_at')] as string
      assert.isTrue(answered === null || (started <= answered && answered <= ended))
      const localDay = DateTime.fromSQL(started, { zone: 'utc' }).setZone('Europe/Copenhagen')
      assert.equal(row[column('day')], localDay.toISODate())
      if (row[column('csat')] !== null) assert.equal(row[column('csat_asked')], 1)
      if (answered === null) assert.equal(row[column('outcome')], 'not_resolved')
    }
  })

  test('weekends are quiet and written; the mix drifts to digital', ({ assert }) => {
    const year = generate('drift', '2031-01-01', 365, 60)
    const weekday = (row: SyntheticRow) => DateTime.fromISO(row[column('day')] as string).weekday
    const weekend = year.filter((row) => weekday(row) >= 6)
    assert.isBelow(weekend.length / year.length, 0.08)
    assert.isAbove(digitalShare(weekend), 0.8)
    const early = year.filter((row) => (row[column('day')] as string) < '2030-03-01')
    const late = year.filter((row) => (row[column('day')] as string) >= '2030-11-01')
    assert.isAbove(digitalShare(late) - digitalShare(early), 0.08)
    const july = year.filter((row) => (row[column('day')] as string).startsWith('2030-07'))
    const january = year.filter((row) => (row[column('day')] as string).startsWith('2030-01'))
    assert.isBelow(july.length, january.length * 0.7)
  })

  test('timestamps are formatted like the datetime(3) columns', ({ assert }) => {
    const ms = Date.UTC(2030, 11, 31, 23, 59, 58, 7)
    assert.equal(sqlTime(ms), '2030-12-31 23:59:58.007')
    assert.equal(sqlTime(ms + 2000), '2031-01-01 00:00:00.007')
  })
})
