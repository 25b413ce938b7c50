import type { DateTime } from 'luxon'

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** Per weekday the phone line's [opens, closes] as "HH:MM"; a missing day is closed. */
export type OpeningHours = Partial<Record<Weekday, [string, string]>>

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * Reads opening hours as the phone_callback plugin stores them (an object,
 * or the JSON text the admin typed). Returns null when they are unusable.
 */
export function parseOpeningHours(value: unknown): OpeningHours | null {
  let source = value
  if (typeof source === 'string') {
    try {
      source = JSON.parse(source)
    } catch {
      return null
    }
  }
  if (!source || typeof source !== 'object' || Array.isArray(source)) return null
  const hours: OpeningHours = {}
  for (const [day, span] of Object.entries(source as Record<string, unknown>)) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) return null
    if (span === null) continue
    if (!Array.isArray(span) || span.length !== 2) return null
    const [opens, closes] = span
    if (typeof opens !== 'string' || typeof closes !== 'string') return null
    if (!TIME.test(opens) || !TIME.test(closes) || opens >= closes) return null
    hours[day as Weekday] = [opens, closes]
  }
  return Object.keys(hours).length ? hours : null
}

/**
 * True when [start, end] lies within one day's opening hours, read in the
 * kommune's time zone (a window may not run past closing or over midnight).
 */
export function withinOpeningHours(
  hours: OpeningHours,
  start: DateTime,
  end: DateTime,
  timezone: string
) {
  const localStart = start.setZone(timezone)
  const localEnd = end.setZone(timezone)
  if (!localStart.hasSame(localEnd, 'day')) return false
  const span = hours[WEEKDAYS[localStart.weekday - 1]]
  if (!span) return false
  const [opens, closes] = span
  return minutesOf(localStart) >= clockMinutes(opens) && minutesOf(localEnd) <= clockMinutes(closes)
}

/** Minutes since midnight; any seconds count as part of the next minute. */
function minutesOf(time: DateTime) {
  return time.hour * 60 + time.minute + (time.second || time.millisecond ? 1 / 60 : 0)
}

function clockMinutes(hhmm: string) {
  const [hours, minutes] = hhmm.split(':').map(Number)
  return hours * 60 + minutes
}
