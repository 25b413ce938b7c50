import { INQUIRY_CHANNELS, INQUIRY_OUTCOMES, type InquiryChannel } from '#models/inquiry'
import { WeightedPick, type Random } from '#stats/synthetic/random'
import {
  CHANNEL_MIX_END,
  CHANNEL_MIX_START,
  CHANNEL_SHAPE,
  CSAT_RESPONSE,
  CSAT_WEIGHTS,
  DIGITAL_HOURS,
  REPEAT_BY_OUTCOME,
  VOICE_CHANNELS,
  VOICE_HOURS,
  WITH_GUIDE,
} from '#stats/synthetic/profile'

export interface SyntheticArea {
  id: number
  guideIds: number[]
}

export interface SyntheticKommune {
  id: number
  /** Mean contacts on an average day (before season and weekday). */
  dailyMean: number
  /** Service-area popularity of this kommune (same order as the areas). */
  areaPick: WeightedPick
}

/** One local day as the generator needs it. */
export interface SyntheticDay {
  /** yyyy-MM-dd, the kommune-local date. */
  day: string
  /** UTC milliseconds of local midnight. */
  midnightUtcMs: number
  /** Volume factor (season × weekday). */
  factor: number
  weekend: boolean
  /** 0 at the first generated day, 1 at the last: drives the channel drift. */
  progress: number
}

/** One generated inquiry: numbers, null, or fixed words and timestamps (never input). */
export type SyntheticRow = (number | string | null)[]

/** The inquiry columns the generator writes, in the order of its value tuples. */
export const SYNTHETIC_COLUMNS = [
  'kommune_id',
  'guide_id',
  'service_area_id',
  'channel',
  'outcome',
  'source',
  'started_at',
  'answered_at',
  'ended_at',
  'handle_seconds',
  'csat',
  'created_at',
  'day',
  'wait_seconds',
  'first_response_seconds',
  'csat_asked',
  'repeat_contact',
  'rolled_up',
] as const

const voiceHours = new WeightedPick(VOICE_HOURS)
const digitalHours = new WeightedPick(DIGITAL_HOURS)
const outcomePicks = Object.fromEntries(
  INQUIRY_CHANNELS.map((channel) => [
    channel,
    new WeightedPick(INQUIRY_OUTCOMES.map((outcome) => CHANNEL_SHAPE[channel].outcomes[outcome])),
  ])
) as Record<InquiryChannel, WeightedPick>
const csatPicks = Object.fromEntries(
  INQUIRY_OUTCOMES.map((outcome) => [outcome, new WeightedPick(CSAT_WEIGHTS[outcome])])
)

/** The channel weights of a day: drifted mix; voice channels nearly shut at weekends. */
export function channelPickFor(day: SyntheticDay) {
  return new WeightedPick(
    INQUIRY_CHANNELS.map((channel) => {
      const mix =
        CHANNEL_MIX_START[channel] +
        (CHANNEL_MIX_END[channel] - CHANNEL_MIX_START[channel]) * day.progress
      return day.weekend && VOICE_CHANNELS.includes(channel) ? mix * 0.04 : mix
    })
  )
}

/** Appends one kommune's contacts of one day to `out`. */
export function generateKommuneDay(
  random: Random,
  kommune: SyntheticKommune,
  day: SyntheticDay,
  channels: WeightedPick,
  areas: SyntheticArea[],
  out: SyntheticRow[],
  rolledUp: 0 | 1 = 1
) {
  const count = random.poisson(kommune.dailyMean * day.factor)
  for (let index = 0; index < count; index++) {
    const row = oneInquiry(random, kommune, day, channels, areas)
    row.push(rolledUp)
    out.push(row)
  }
  return count
}

function oneInquiry(
  random: Random,
  kommune: SyntheticKommune,
  day: SyntheticDay,
  channels: WeightedPick,
  areas: SyntheticArea[]
): SyntheticRow {
  const channel = INQUIRY_CHANNELS[channels.pick(random)]
  const shape = CHANNEL_SHAPE[channel]
  const hours = VOICE_CHANNELS.includes(channel) ? voiceHours : digitalHours
  const startMs = day.midnightUtcMs + (hours.pick(random) * 3600 + random.next() * 3600) * 1000
  const area = areas[kommune.areaPick.pick(random)]
  const unanswered = random.chance(shape.unanswered)
  const outcome = unanswered ? 'not_resolved' : INQUIRY_OUTCOMES[outcomePicks[channel].pick(random)]
  const guideShare = outcome === 'self_service' ? 0.95 : WITH_GUIDE
  const guide =
    area.guideIds.length > 0 && random.chance(guideShare)
      ? area.guideIds[Math.floor(area.guideIds.length * random.next() * random.next())]
      : null
  let wait: number | null = null
  let firstResponse: number | null = null
  let handle = 0
  let answeredMs: number | null = null
  let endMs = startMs + Math.round(random.logNormal(60, 0.8)) * 1000
  let csatAsked = 0
  let csat: number | null = null
  if (!unanswered) {
    wait = shape.wait ? Math.round(random.logNormal(shape.wait[0], shape.wait[1])) : null
    firstResponse = shape.firstResponse
      ? Math.max(
          wait ?? 0,
          Math.round(random.logNormal(shape.firstResponse[0], shape.firstResponse[1]))
        )
      : null
    answeredMs = startMs + (wait ?? firstResponse ?? 0) * 1000
    handle = Math.max(5, Math.round(random.logNormal(shape.handle[0], shape.handle[1])))
    endMs = answeredMs + handle * 1000
    csatAsked = random.chance(shape.csatAsked) ? 1 : 0
    if (csatAsked && random.chance(CSAT_RESPONSE)) csat = csatPicks[outcome].pick(random) + 1
  }
  const repeat = random.chance(REPEAT_BY_OUTCOME[outcome]) ? 1 : 0
  const ended = sqlTime(endMs)
  // SYNTHETIC_COLUMNS order; the caller appends rolled_up.
  return [
    kommune.id,
    guide,
    area.id,
    channel,
    outcome,
    'synthetic',
    sqlTime(startMs),
    answeredMs === null ? null : sqlTime(answeredMs),
    ended,
    handle,
    csat,
    ended,
    day.day,
    wait,
    firstResponse,
    csatAsked,
    repeat,
  ]
}

const DAY_MS = 86_400_000
const PAD2 = Array.from({ length: 60 }, (_, value) => String(value).padStart(2, '0'))
const PAD3 = Array.from({ length: 1000 }, (_, value) => String(value).padStart(3, '0'))
let cachedDay = -1
let cachedPrefix = ''

/**
 * 'yyyy-MM-dd HH:mm:ss.SSS' in UTC, as the datetime(3) columns hold it.
 * Hand-built (the date part cached per day): `toISOString` per value was a
 * quarter of the generator's time.
 */
export function sqlTime(ms: number) {
  const whole = Math.floor(ms)
  const dayNumber = Math.floor(whole / DAY_MS)
  if (dayNumber !== cachedDay) {
    cachedDay = dayNumber
    cachedPrefix = new Date(dayNumber * DAY_MS).toISOString().slice(0, 10) + ' '
  }
  let rest = whole - dayNumber * DAY_MS
  const millis = rest % 1000
  rest = (rest - millis) / 1000
  const seconds = rest % 60
  rest = (rest - seconds) / 60
  const minutes = rest % 60
  const hours = (rest - minutes) / 60
  return `${cachedPrefix}${PAD2[hours]}:${PAD2[minutes]}:${PAD2[seconds]}.${PAD3[millis]}`
}
