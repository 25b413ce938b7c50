import { DateTime } from 'luxon'
import { INQUIRY_CHANNELS, type InquiryChannel } from '#models/inquiry'
import type { Measures } from '#stats/rollup_columns'
import { addMeasures, emptyMeasures } from '#stats/rollup_measures'
import { bucketStart, type Granularity, type Period } from '#stats/period'
import type { GroupedMeasures } from '#stats/rollup_reader'
import {
  csatPositiveShare,
  csatResponseRate,
  digitalShare,
  firstResponseTime,
  handleTime,
  volume,
  waitTime,
} from '#stats/metrics'
import type { ChannelMixRow, CsatRow, ShiftRow, TimesRow } from '#stats/dashboard_types'

/**
 * Turns grouped rollup sums into the dashboard's series. Pure: the
 * figures come from app/stats/metrics.ts, the grouping from here.
 */

/** Adds grouped rows up by one derived key. */
export function sumBy(rows: GroupedMeasures[], keyOf: (row: GroupedMeasures) => string) {
  const sums = new Map<string, Measures>()
  for (const row of rows) {
    const key = keyOf(row)
    sums.set(key, addMeasures(sums.get(key) ?? emptyMeasures(), row.measures))
  }
  return sums
}

export function sumAll(rows: GroupedMeasures[]) {
  return rows.reduce((sum, row) => addMeasures(sum, row.measures), emptyMeasures())
}

/** Every bucket of the period in order, so a quiet week shows as zero, not as a gap. */
export function bucketsOf(period: Period, granularity: Granularity) {
  const buckets: string[] = []
  let day = DateTime.fromISO(bucketStart(period.from, granularity), { zone: 'utc' })
  const step =
    granularity === 'month' ? { months: 1 } : granularity === 'week' ? { weeks: 1 } : { days: 1 }
  while (day.toISODate()! <= period.to) {
    buckets.push(day.toISODate()!)
    day = day.plus(step)
  }
  return buckets
}

/** Rows grouped by day and channel → contacts per channel per bucket. */
export function channelMix(rows: GroupedMeasures[], period: Period, granularity: Granularity) {
  const byBucket = sumBy(rows, (row) => bucketStart(String(row.key.day), granularity))
  return bucketsOf(period, granularity).map((bucket) => {
    const measures = byBucket.get(bucket) ?? emptyMeasures()
    const row = { bucket } as ChannelMixRow
    for (const channel of INQUIRY_CHANNELS) row[channel] = Number(measures[`ch_${channel}`] ?? 0)
    return row
  })
}

/** Digital share per bucket: the channel shift over time. */
export function channelShift(
  rows: GroupedMeasures[],
  period: Period,
  granularity: Granularity
): ShiftRow[] {
  const byBucket = sumBy(rows, (row) => bucketStart(String(row.key.day), granularity))
  return bucketsOf(period, granularity).map((bucket) => {
    const measures = byBucket.get(bucket) ?? emptyMeasures()
    return { bucket, contacts: volume(measures), digitalShare: digitalShare(measures) }
  })
}

function perChannel(rows: GroupedMeasures[]) {
  const byChannel = sumBy(rows, (row) => String(row.key.channel))
  return INQUIRY_CHANNELS.map(
    (channel) => [channel, byChannel.get(channel) ?? emptyMeasures()] as [InquiryChannel, Measures]
  )
}

/** Median and p90 of wait, first response and handle time per channel. */
export function timesByChannel(rows: GroupedMeasures[]): TimesRow[] {
  return perChannel(rows).map(([channel, measures]) => {
    const [wait, frt, handle] = [
      waitTime(measures),
      firstResponseTime(measures),
      handleTime(measures),
    ]
    return {
      channel,
      waitMedian: wait.median,
      waitP90: wait.p90,
      firstResponseMedian: frt.median,
      firstResponseP90: frt.p90,
      handleMedian: handle.median,
      handleP90: handle.p90,
    }
  })
}

/** CSAT share of 4–5 and response rate per channel. */
export function csatByChannel(rows: GroupedMeasures[]): CsatRow[] {
  return perChannel(rows).map(([channel, measures]) => ({
    channel,
    answers: Number(measures.csat_n ?? 0),
    positiveShare: csatPositiveShare(measures),
    responseRate: csatResponseRate(measures),
  }))
}
