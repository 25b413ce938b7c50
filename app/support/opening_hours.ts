import { DateTime } from 'luxon'

/**
 * Reads opening hours as kommuner write them ("Man-ons 10-15, tors 10-17,
 * fre 9.30-12", "Telefontid man og tors 10-12", "alle hverdage 8-12";
 * Swedish "mån–fre 8–16") into weekly windows, so staff can see whether
 * the unit is open right now in the kommune's time zone. Text we cannot
 * read yields no windows, and then we say nothing rather than guess.
 */
export type OpeningWindow = { day: number; from: number; to: number }

const DAYS: Record<string, number> = {
  man: 1,
  mån: 1,
  tirs: 2,
  tir: 2,
  tis: 2,
  ons: 3,
  tors: 4,
  tor: 4,
  fre: 5,
  lør: 6,
  lör: 6,
  søn: 7,
  sön: 7,
}
const DAY = '(?:man|mån|tirs|tir|tis|ons|tors|tor|fre|lør|lör|søn|sön)'
const TIME = '(\\d{1,2})(?:[.:](\\d{2}))?'
const WINDOW = new RegExp(
  `(alle hverdage|hverdage|alle dage|vardagar|${DAY}(?:\\s*(?:-|–|og|och|&)\\s*${DAY})*)\\s+(?:kl\\.?\\s*)?${TIME}\\s*[-–]\\s*${TIME}`,
  'gi'
)

function daysOf(spec: string): number[] {
  const text = spec.toLowerCase()
  if (text.includes('hverdage') || text === 'vardagar') return [1, 2, 3, 4, 5]
  if (text === 'alle dage') return [1, 2, 3, 4, 5, 6, 7]
  const names = text.split(/\s*(?:og|och|&)\s*/)
  return names.flatMap((part) => {
    const [start, end] = part.split(/\s*[-–]\s*/).map((name) => DAYS[name])
    if (!start) return []
    if (!end) return [start]
    const range: number[] = []
    for (let day = start; day <= end; day++) range.push(day)
    return range
  })
}

const minutes = (hours: string, mins?: string) => Number(hours) * 60 + Number(mins ?? 0)

export function parseOpeningHours(text: string | null | undefined): OpeningWindow[] {
  if (!text) return []
  const windows: OpeningWindow[] = []
  for (const match of text.matchAll(WINDOW)) {
    const [, days, fromH, fromM, toH, toM] = match
    const from = minutes(fromH, fromM)
    const to = minutes(toH, toM)
    if (to <= from || to > 24 * 60) continue
    for (const day of daysOf(days)) windows.push({ day, from, to })
  }
  return windows
}

/** true/false when the hours could be read, null when they could not. */
export function isOpenAt(text: string | null | undefined, at: DateTime): boolean | null {
  const windows = parseOpeningHours(text)
  if (windows.length === 0) return null
  const now = at.hour * 60 + at.minute
  return windows.some(
    (window) => window.day === at.weekday && now >= window.from && now < window.to
  )
}

export function isOpenNow(text: string | null | undefined, timezone: string) {
  return isOpenAt(text, DateTime.now().setZone(timezone))
}
