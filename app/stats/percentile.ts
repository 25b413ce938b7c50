import {
  TIME_BUCKET_BOUNDS,
  bucketColumns,
  type Duration,
  type Measures,
} from '#stats/rollup_columns'

/**
 * A percentile (0 < p < 1) of a duration, estimated from the rollups'
 * fixed-bucket histogram: find the bucket holding the p-th value and
 * interpolate linearly inside it (values assumed spread evenly across the
 * bucket). Exact to within one bucket width; good enough for "half of the
 * calls waited under 1½ minutes". The open last bucket (≥ 2 hours) answers
 * its lower bound. Null when nothing was measured.
 */
export function histogramPercentile(measures: Measures, duration: Duration, p: number) {
  const counts = bucketColumns(duration).map((column) => Number(measures[column] ?? 0))
  const total = counts.reduce((sum, count) => sum + count, 0)
  if (total === 0) return null
  const rank = p * total
  let before = 0
  for (const [index, count] of counts.entries()) {
    if (count > 0 && before + count >= rank) {
      const low = index === 0 ? 0 : TIME_BUCKET_BOUNDS[index - 1]
      if (index === TIME_BUCKET_BOUNDS.length) return low
      const high = TIME_BUCKET_BOUNDS[index]
      return low + ((rank - before) / count) * (high - low)
    }
    before += count
  }
  return TIME_BUCKET_BOUNDS[TIME_BUCKET_BOUNDS.length - 1]
}
