import { INQUIRY_CHANNELS } from '#models/inquiry'

/**
 * The shape of the daily aggregates, shared by the migration, the writers
 * and the queries so the three cannot drift apart.
 *
 * Durations are summarised three ways: a count and a sum (for means) and a
 * fixed-bucket histogram (for medians and the 90th percentile). Bucket `i`
 * holds values `< TIME_BUCKET_BOUNDS[i]` (and ≥ the bound before it); the
 * last bucket is everything from the last bound up.
 */
export const TIME_BUCKET_BOUNDS = [10, 30, 60, 120, 180, 300, 600, 900, 1800, 3600, 7200] as const
export const BUCKET_COUNT = TIME_BUCKET_BOUNDS.length + 1

export const DURATIONS = ['wait', 'frt', 'handle'] as const
export type Duration = (typeof DURATIONS)[number]

export function bucketColumns(duration: Duration) {
  return Array.from({ length: BUCKET_COUNT }, (_, index) => `${duration}_h${index}`)
}

/** Index of the histogram bucket a duration (seconds) falls into. */
export function bucketOf(seconds: number) {
  const index = TIME_BUCKET_BOUNDS.findIndex((bound) => seconds < bound)
  return index === -1 ? TIME_BUCKET_BOUNDS.length : index
}

export const CHANNEL_COUNT_COLUMNS = INQUIRY_CHANNELS.map((channel) => `ch_${channel}`)

/** Every additive column of a rollup row, in a stable order. */
export const MEASURE_COLUMNS = [
  'contacts',
  'answered',
  'self_service',
  'referred',
  'not_resolved',
  'repeats',
  'wait_n',
  'wait_sum',
  'frt_n',
  'frt_sum',
  'handle_n',
  'handle_sum',
  'csat_asked',
  'csat_n',
  'csat_positive',
  'csat_sum',
  ...CHANNEL_COUNT_COLUMNS,
  ...DURATIONS.flatMap(bucketColumns),
] as const

export type Measures = Record<string, number>

/** Per kommune × local day × service area (0 = none) × channel. */
export const DAILY_TABLE = 'inquiry_daily'
/** Per kommune × local day, all areas and channels: what peer comparisons read. */
export const KOMMUNE_DAILY_TABLE = 'inquiry_kommune_daily'
/** Per kommune × day × guide × service area × channel: the guides used most. */
export const GUIDE_DAILY_TABLE = 'inquiry_guide_daily'
