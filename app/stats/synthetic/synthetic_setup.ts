import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Kommune from '#models/kommune'
import { Random, WeightedPick } from '#stats/synthetic/random'
import { CONTACTS_PER_INHABITANT, MONTH_FACTOR, WEEKDAY_FACTOR } from '#stats/synthetic/profile'
import type { SyntheticArea, SyntheticDay, SyntheticKommune } from '#stats/synthetic/synthetic_day'

export interface KommuneChoice {
  /** The first N kommuner by official code (Danish first), or these codes. */
  count?: number
  codes?: string[]
}

export async function chooseKommuner(choice: KommuneChoice) {
  const query = Kommune.query().orderBy('country').orderByRaw('LENGTH(code), code')
  if (choice.codes?.length) query.whereIn('code', choice.codes)
  const kommuner = await query
  return choice.count ? kommuner.slice(0, choice.count) : kommuner
}

/**
 * The kommune's size. The corpus has no populations (kommuner.population is
 * null unless someone set it); then a stable log-normal stand-in with the
 * spread of Danish kommuner (median ≈ 45,000) keyed by the official code,
 * so volumes differ between kommuner the same way on every run.
 */
export function populationOf(kommune: Kommune) {
  if (kommune.population && kommune.population > 0) return kommune.population
  const random = new Random(`population:${kommune.code}`)
  return Math.round(Math.min(650_000, Math.max(1_800, random.logNormal(45_000, 0.7))))
}

/** Service areas with the published guides of a country (by area), for the guide column. */
export async function loadAreas(country: string): Promise<SyntheticArea[]> {
  const areas = await db.from('service_areas').orderBy('id').select('id')
  const guides = await db
    .from('guides')
    .whereNull('kommune_id')
    .where('country', country)
    .where('status', 'published')
    .whereNotNull('service_area_id')
    .orderBy('id')
    .select('id', 'service_area_id')
  return areas.map((area) => ({
    id: Number(area.id),
    guideIds: guides
      .filter((guide) => Number(guide.service_area_id) === Number(area.id))
      .map((guide) => Number(guide.id)),
  }))
}

/**
 * Each kommune's share of the yearly total (by population) and its own
 * service-area popularity: a national Zipf curve, perturbed per kommune.
 */
export function syntheticKommuner(
  kommuner: Kommune[],
  areaCount: number,
  options: { perYear?: number; seed: string }
): SyntheticKommune[] {
  const populations = kommuner.map(populationOf)
  const totalPopulation = populations.reduce((sum, value) => sum + value, 0)
  const perYear = options.perYear ?? totalPopulation * CONTACTS_PER_INHABITANT
  return kommuner.map((kommune, index) => {
    const random = new Random(`${options.seed}:areas:${kommune.code}`)
    const weights = Array.from(
      { length: areaCount },
      (_, area) => (1 / (area + 1.5)) * random.logNormal(1, 0.35)
    )
    return {
      id: kommune.id,
      dailyMean: (perYear * populations[index]) / totalPopulation / 365.25,
      areaPick: new WeightedPick(weights),
    }
  })
}

const MEAN_FACTOR =
  (MONTH_FACTOR.reduce((sum, value) => sum + value, 0) / 12) *
  (WEEKDAY_FACTOR.reduce((sum, value) => sum + value, 0) / 7)

/**
 * The local days from `years` (or `spanDays`) back until the day before `until`, with their season and
 * weekday factor (normalised so the yearly total matches --per-year) and
 * the UTC instant of local midnight in the time zone.
 */
export function syntheticDays(
  span: { years: number; spanDays?: number; until?: DateTime },
  zone: string
) {
  const last = (span.until ?? DateTime.now()).setZone(zone).startOf('day').minus({ days: 1 })
  const first = span.spanDays
    ? last.minus({ days: span.spanDays - 1 })
    : last.minus({ years: span.years }).plus({ days: 1 })
  const count = Math.round(last.diff(first, 'days').days) + 1
  const days: SyntheticDay[] = []
  for (let index = 0; index < count; index++) {
    const date = first.plus({ days: index })
    days.push({
      day: date.toISODate()!,
      midnightUtcMs: date.toMillis(),
      factor: (MONTH_FACTOR[date.month - 1] * WEEKDAY_FACTOR[date.weekday - 1]) / MEAN_FACTOR,
      weekend: date.weekday >= 6,
      progress: count === 1 ? 1 : index / (count - 1),
    })
  }
  return days
}
