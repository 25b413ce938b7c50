/**
 * The chat's opening hours: per weekday ["HH:MM","HH:MM"] in the kommune's
 * time zone, plus closed dates (holidays) and exceptional days with their
 * own hours. Pure functions: the plugin reads them, tests call them.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Span = [string, string]
export type WeeklyHours = Partial<Record<(typeof WEEKDAYS)[number], Span>>

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

const validSpan = (span: unknown): span is Span =>
  Array.isArray(span) &&
  span.length === 2 &&
  span.every((time) => typeof time === 'string' && TIME.test(time)) &&
  span[0] < span[1]

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** `{"mon":["09:00","15:00"],…}` → hours, or a problem (a string). */
export function readWeeklyHours(text: string): WeeklyHours | string {
  const value = parseJson(text)
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return 'must be JSON of weekdays, e.g. {"mon":["09:00","15:00"]}'
  }
  const hours: WeeklyHours = {}
  for (const [day, span] of Object.entries(value as Record<string, unknown>)) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) return `"${day}" is not a weekday`
    if (span === null) continue
    if (!validSpan(span)) return `${day} must be ["HH:MM","HH:MM"] with opening before closing`
    hours[day as keyof WeeklyHours] = span
  }
  return Object.keys(hours).length ? hours : 'must open on at least one day'
}

/**
 * Exceptions: `{"2026-12-24":null,"2026-12-23":["09:00","12:00"]}` — null
 * closes the day (holiday), a span replaces that day's hours.
 */
export function readExceptions(text: string | undefined): Record<string, Span | null> | string {
  if (!text) return {}
  const value = parseJson(text)
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return 'must be JSON of dates, e.g. {"2026-12-24":null}'
  }
  const result: Record<string, Span | null> = {}
  for (const [date, span] of Object.entries(value as Record<string, unknown>)) {
    if (!DATE.test(date)) return `"${date}" is not a YYYY-MM-DD date`
    if (span !== null && !validSpan(span)) return `${date} must be null or ["HH:MM","HH:MM"]`
    result[date] = span as Span | null
  }
  return result
}

/** The local date, weekday and "HH:MM" of `at` in `timezone`. */
function localParts(at: Date, timezone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at)
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? ''
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    weekday: get('weekday').toLowerCase().slice(0, 3),
    time: `${get('hour')}:${get('minute')}`,
  }
}

export function openAt(
  hours: WeeklyHours,
  exceptions: Record<string, Span | null>,
  at: Date,
  timezone: string
): { open: boolean; reason?: 'hours' | 'closed_day' } {
  const local = localParts(at, timezone)
  const exception = exceptions[local.date]
  if (exception === null) return { open: false, reason: 'closed_day' }
  const span = exception ?? hours[local.weekday as keyof WeeklyHours]
  if (!span) return { open: false, reason: 'closed_day' }
  return local.time >= span[0] && local.time < span[1]
    ? { open: true }
    : { open: false, reason: 'hours' }
}
