import { INQUIRY_CHANNELS } from '#models/inquiry'
import {
  BUCKET_COUNT,
  DURATIONS,
  MEASURE_COLUMNS,
  TIME_BUCKET_BOUNDS,
  bucketOf,
  type Duration,
  type Measures,
} from '#stats/rollup_columns'

/** The fact-row columns the rollups need, as the database returns them. */
export interface FactRow {
  kommune_id: number
  day: string
  service_area_id: number | null
  guide_id: number | null
  channel: string
  outcome: string
  answered_at: unknown
  wait_seconds: number | null
  first_response_seconds: number | null
  handle_seconds: number
  csat: number | null
  csat_asked: number | boolean
  repeat_contact: number | boolean
}

export const FACT_COLUMNS = [
  'kommune_id',
  'day',
  'service_area_id',
  'guide_id',
  'channel',
  'outcome',
  'answered_at',
  'wait_seconds',
  'first_response_seconds',
  'handle_seconds',
  'csat',
  'csat_asked',
  'repeat_contact',
] as const

export function emptyMeasures(): Measures {
  return Object.fromEntries(MEASURE_COLUMNS.map((column) => [column, 0]))
}

/** Handle time counts only contacts a person took. */
function durationOf(fact: FactRow, duration: Duration) {
  if (duration === 'wait') return fact.wait_seconds
  if (duration === 'frt') return fact.first_response_seconds
  return fact.answered_at === null ? null : fact.handle_seconds
}

/**
 * One inquiry's contribution to a rollup row. `rebuildSelectList` below is
 * the same definition in SQL; the property test holds them together.
 */
export function measuresOf(fact: FactRow): Measures {
  const measures = emptyMeasures()
  measures.contacts = 1
  if (fact.outcome in measures) measures[fact.outcome] = 1
  measures.repeats = Number(fact.repeat_contact) ? 1 : 0
  for (const duration of DURATIONS) {
    const value = durationOf(fact, duration)
    if (value === null || value === undefined) continue
    measures[`${duration}_n`] = 1
    measures[`${duration}_sum`] = Number(value)
    measures[`${duration}_h${bucketOf(Number(value))}`] = 1
  }
  measures.csat_asked = Number(fact.csat_asked) ? 1 : 0
  if (fact.csat !== null && fact.csat !== undefined) {
    measures.csat_n = 1
    measures.csat_sum = Number(fact.csat)
    measures.csat_positive = Number(fact.csat) >= 4 ? 1 : 0
  }
  measures[`ch_${fact.channel}`] = 1
  return measures
}

export function addMeasures(into: Measures, add: Measures) {
  for (const column of MEASURE_COLUMNS) into[column] = (into[column] ?? 0) + (add[column] ?? 0)
  return into
}

const DURATION_SQL: Record<Duration, { value: string; present: string }> = {
  wait: { value: 'wait_seconds', present: 'wait_seconds IS NOT NULL' },
  frt: { value: 'first_response_seconds', present: 'first_response_seconds IS NOT NULL' },
  handle: { value: 'handle_seconds', present: 'answered_at IS NOT NULL' },
}

const when = (condition: string, then = '1') =>
  `SUM(CASE WHEN ${condition} THEN ${then} ELSE 0 END)`

/** The measures as SQL aggregates over `inquiries`, in MEASURE_COLUMNS order. */
export function rebuildSelectList() {
  const list: Record<string, string> = {
    contacts: 'COUNT(*)',
    answered: when(`outcome = 'answered'`),
    self_service: when(`outcome = 'self_service'`),
    referred: when(`outcome = 'referred'`),
    not_resolved: when(`outcome = 'not_resolved'`),
    repeats: when('repeat_contact = 1'),
    csat_asked: when('csat_asked = 1'),
    csat_n: when('csat IS NOT NULL'),
    csat_positive: when('csat >= 4'),
    csat_sum: when('csat IS NOT NULL', 'csat'),
  }
  for (const channel of INQUIRY_CHANNELS) list[`ch_${channel}`] = when(`channel = '${channel}'`)
  for (const duration of DURATIONS) {
    const { value, present } = DURATION_SQL[duration]
    list[`${duration}_n`] = when(present)
    list[`${duration}_sum`] = when(present, value)
    for (let index = 0; index < BUCKET_COUNT; index++) {
      const low = index === 0 ? null : TIME_BUCKET_BOUNDS[index - 1]
      const high = index < TIME_BUCKET_BOUNDS.length ? TIME_BUCKET_BOUNDS[index] : null
      const range = [
        present,
        low === null ? '' : `${value} >= ${low}`,
        high === null ? '' : `${value} < ${high}`,
      ]
      list[`${duration}_h${index}`] = when(range.filter(Boolean).join(' AND '))
    }
  }
  return MEASURE_COLUMNS.map((column) => `${list[column]} AS ${column}`)
}
