import type { InquiryChannel, InquiryOutcome } from '#models/inquiry'

/**
 * The shape of synthetic citizen contacts, loosely after what Danish
 * kommuner's citizen services report: January and tax season busy, July
 * quiet; Monday the busiest weekday; phones and the front desk follow
 * opening hours while written channels spread into the evening and the
 * weekend; the mix drifts from the phone towards chat and SMS over the years.
 * The numbers are plausible, not measured — good for exercising dashboards
 * and benchmarks, never for conclusions.
 */

/** Relative volume per month (January first). */
export const MONTH_FACTOR = [1.2, 1.05, 1.1, 1.0, 0.95, 0.9, 0.55, 0.9, 1.05, 1.0, 1.05, 0.75]

/** Relative volume per weekday, Monday first (ISO order). */
export const WEEKDAY_FACTOR = [1.3, 1.1, 1.0, 1.05, 0.8, 0.15, 0.12]

/** Channels that follow opening hours (closed at weekends except callbacks booked earlier). */
export const VOICE_CHANNELS: readonly InquiryChannel[] = ['phone', 'in_person', 'callback']

/** Local hour weights (0–23) for channels that follow opening hours. */
export const VOICE_HOURS = [
  0, 0, 0, 0, 0, 0, 0, 0.2, 1.4, 1.6, 1.4, 1.2, 1.0, 1.1, 0.9, 0.5, 0.2, 0.05, 0, 0, 0, 0, 0, 0,
]
/** Local hour weights for written channels: a day peak and an evening shoulder. */
export const DIGITAL_HOURS = [
  0.05, 0.02, 0.01, 0.01, 0.01, 0.03, 0.1, 0.35, 0.8, 1.0, 1.0, 0.95, 0.9, 0.95, 0.9, 0.8, 0.7, 0.6,
  0.6, 0.7, 0.65, 0.5, 0.3, 0.12,
]

/** Channel mix at the start and at the end of the generated period. */
export const CHANNEL_MIX_START: Record<InquiryChannel, number> = {
  phone: 0.55,
  in_person: 0.11,
  callback: 0.04,
  email: 0.18,
  chat: 0.07,
  sms: 0.05,
}
export const CHANNEL_MIX_END: Record<InquiryChannel, number> = {
  phone: 0.37,
  in_person: 0.07,
  callback: 0.07,
  email: 0.16,
  chat: 0.23,
  sms: 0.1,
}

interface ChannelShape {
  outcomes: Record<InquiryOutcome, number>
  /** Share of contacts nobody took (abandoned call, unanswered mail). */
  unanswered: number
  /** Median/σ of queue seconds; null: the channel has no queue to measure. */
  wait: [number, number] | null
  /** Median/σ of seconds to staff's first written reply; null: not a written channel. */
  firstResponse: [number, number] | null
  handle: [number, number]
  /** Share of contacts asked to rate the answer. */
  csatAsked: number
}

export const CHANNEL_SHAPE: Record<InquiryChannel, ChannelShape> = {
  phone: {
    outcomes: { answered: 0.72, self_service: 0.12, referred: 0.11, not_resolved: 0.05 },
    unanswered: 0.06,
    wait: [95, 0.9],
    firstResponse: null,
    handle: [330, 0.6],
    csatAsked: 0.25,
  },
  in_person: {
    outcomes: { answered: 0.8, self_service: 0.05, referred: 0.12, not_resolved: 0.03 },
    unanswered: 0.01,
    wait: [360, 0.7],
    firstResponse: null,
    handle: [720, 0.5],
    csatAsked: 0.1,
  },
  callback: {
    outcomes: { answered: 0.75, self_service: 0.1, referred: 0.1, not_resolved: 0.05 },
    unanswered: 0.08,
    wait: [2400, 0.8],
    firstResponse: [2400, 0.8],
    handle: [300, 0.6],
    csatAsked: 0.25,
  },
  email: {
    outcomes: { answered: 0.68, self_service: 0.12, referred: 0.12, not_resolved: 0.08 },
    unanswered: 0.03,
    wait: null,
    firstResponse: [14_400, 1.0],
    handle: [300, 0.7],
    csatAsked: 0.3,
  },
  chat: {
    outcomes: { answered: 0.6, self_service: 0.27, referred: 0.08, not_resolved: 0.05 },
    unanswered: 0.05,
    wait: [45, 0.9],
    firstResponse: [70, 0.8],
    handle: [540, 0.6],
    csatAsked: 0.7,
  },
  sms: {
    outcomes: { answered: 0.6, self_service: 0.2, referred: 0.1, not_resolved: 0.1 },
    unanswered: 0.04,
    wait: null,
    firstResponse: [5400, 1.0],
    handle: [120, 0.6],
    csatAsked: 0.4,
  },
}

/** Share of asked citizens who answer the rating question. */
export const CSAT_RESPONSE = 0.38

/** Rating weights 1–5 by outcome: resolved contacts rate high. */
export const CSAT_WEIGHTS: Record<InquiryOutcome, number[]> = {
  answered: [0.03, 0.04, 0.11, 0.32, 0.5],
  self_service: [0.05, 0.07, 0.18, 0.35, 0.35],
  referred: [0.08, 0.1, 0.25, 0.32, 0.25],
  not_resolved: [0.3, 0.25, 0.25, 0.12, 0.08],
}

/** Probability the citizen asked about the same area within a week already. */
export const REPEAT_BY_OUTCOME: Record<InquiryOutcome, number> = {
  answered: 0.05,
  self_service: 0.09,
  referred: 0.14,
  not_resolved: 0.3,
}

/** Share of contacts registered with the guide they were about. */
export const WITH_GUIDE = 0.65

/** Contacts per inhabitant per year when --per-year is not given (a typical citizen service). */
export const CONTACTS_PER_INHABITANT = 0.9
