import { DIGITAL_CHANNELS, INQUIRY_CHANNELS, type InquiryChannel } from '#models/inquiry'
import type { Measures } from '#stats/rollup_columns'
import { histogramPercentile } from '#stats/percentile'
import type { UnitCosts } from '#stats/unit_costs'
import type { MetricSet } from '#stats/metric_types'

/**
 * The management metrics of issue 12, every one defined here and nowhere
 * else. Each takes summed rollup measures (app/stats/rollup_reader.ts adds
 * up `inquiry_daily`/`inquiry_kommune_daily` rows; nothing here reads
 * `inquiries`). One "contact" is one registered inquiry on any channel.
 * docs/metrics.md explains them to managers in Danish.
 */

const num = (measures: Measures, column: string) => Number(measures[column] ?? 0)
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null)

/** Volume: every registered contact (all outcomes, all channels) in the period. */
export function volume(measures: Measures) {
  return num(measures, 'contacts')
}

/**
 * Wait time: from the citizen's contact (entering the chat queue, calling,
 * asking for a callback) until a person took it. Only contacts where the
 * channel measured it. Median and 90th percentile from the histogram.
 */
export function waitTime(measures: Measures) {
  return {
    median: histogramPercentile(measures, 'wait', 0.5),
    p90: histogramPercentile(measures, 'wait', 0.9),
  }
}

/**
 * First response time: from the citizen's first message until staff's first
 * reply (chat, e-mail, SMS, callbacks). Phone and desk contacts have none.
 */
export function firstResponseTime(measures: Measures) {
  return {
    median: histogramPercentile(measures, 'frt', 0.5),
    p90: histogramPercentile(measures, 'frt', 0.9),
  }
}

/** Handle time: from a person taking the contact until it ended; contacts nobody took are left out. */
export function handleTime(measures: Measures) {
  return {
    median: histogramPercentile(measures, 'handle', 0.5),
    p90: histogramPercentile(measures, 'handle', 0.9),
  }
}

/**
 * Resolution rate: share of contacts settled in the contact itself —
 * answered, or the citizen guided to self-service — out of all contacts.
 * Referred elsewhere and not resolved count against it.
 */
export function resolutionRate(measures: Measures) {
  return ratio(num(measures, 'answered') + num(measures, 'self_service'), volume(measures))
}

/** CSAT: share of ratings that were 4 or 5 (of 1–5), among the citizens who answered. */
export function csatPositiveShare(measures: Measures) {
  return ratio(num(measures, 'csat_positive'), num(measures, 'csat_n'))
}

/** CSAT response rate: ratings given per contact whose citizen was asked to rate. */
export function csatResponseRate(measures: Measures) {
  return ratio(num(measures, 'csat_n'), num(measures, 'csat_asked'))
}

/** Self-service rate: share of contacts where staff sent the citizen to a self-service solution. */
export function selfServiceRate(measures: Measures) {
  return ratio(num(measures, 'self_service'), volume(measures))
}

/** Referral rate: share of contacts referred to another unit or authority. */
export function referralRate(measures: Measures) {
  return ratio(num(measures, 'referred'), volume(measures))
}

/**
 * Repeat-contact rate: share of contacts from a citizen contact (e-mail,
 * phone, visitor) already seen in the same service area within 7 days.
 * Contacts without a known citizen contact are never repeats.
 */
export function repeatRate(measures: Measures) {
  return ratio(num(measures, 'repeats'), volume(measures))
}

/** Contacts in the period per 1,000 inhabitants of the kommune (null without a population). */
export function perThousandInhabitants(measures: Measures, population: number | null) {
  return population && population > 0 ? (volume(measures) / population) * 1000 : null
}

/** Contacts per channel (the `ch_*` columns). */
export function contactsByChannel(measures: Measures) {
  return Object.fromEntries(
    INQUIRY_CHANNELS.map((channel) => [channel, num(measures, `ch_${channel}`)])
  ) as Record<InquiryChannel, number>
}

/** Cost per channel: contacts on the channel × the kommune's unit cost for it (kroner). */
export function costByChannel(measures: Measures, unitCosts: UnitCosts) {
  const contacts = contactsByChannel(measures)
  return INQUIRY_CHANNELS.map((channel) => ({
    channel,
    contacts: contacts[channel],
    unitCost: unitCosts[channel],
    cost: contacts[channel] * unitCosts[channel],
  }))
}

/** Total cost: the sum of the cost per channel. */
export function totalCost(measures: Measures, unitCosts: UnitCosts) {
  return costByChannel(measures, unitCosts).reduce((sum, row) => sum + row.cost, 0)
}

/** Cost per contact: total cost ÷ volume. */
export function costPerContact(measures: Measures, unitCosts: UnitCosts) {
  return ratio(totalCost(measures, unitCosts), volume(measures))
}

/**
 * Digital share (the channel shift, read over time): contacts on written
 * channels (chat, e-mail, SMS) out of all contacts. Self-service that
 * never became a contact is not in the data and so not in this share.
 */
export function digitalShare(measures: Measures) {
  const contacts = contactsByChannel(measures)
  const digital = DIGITAL_CHANNELS.reduce((sum, channel) => sum + contacts[channel], 0)
  return ratio(digital, volume(measures))
}

/** Every metric at once, for one set of summed measures. */
export function computeMetrics(
  measures: Measures,
  context: { population: number | null; unitCosts: UnitCosts }
): MetricSet {
  const wait = waitTime(measures)
  const frt = firstResponseTime(measures)
  const handle = handleTime(measures)
  return {
    volume: volume(measures),
    waitMedian: wait.median,
    waitP90: wait.p90,
    firstResponseMedian: frt.median,
    firstResponseP90: frt.p90,
    handleMedian: handle.median,
    handleP90: handle.p90,
    resolutionRate: resolutionRate(measures),
    csatPositiveShare: csatPositiveShare(measures),
    csatResponseRate: csatResponseRate(measures),
    csatAnswers: num(measures, 'csat_n'),
    selfServiceRate: selfServiceRate(measures),
    referralRate: referralRate(measures),
    repeatRate: repeatRate(measures),
    perThousandInhabitants: perThousandInhabitants(measures, context.population),
    totalCost: totalCost(measures, context.unitCosts),
    costPerContact: costPerContact(measures, context.unitCosts),
    digitalShare: digitalShare(measures),
  }
}
