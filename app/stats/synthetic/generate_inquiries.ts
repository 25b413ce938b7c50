import type { DateTime } from 'luxon'
import { Random } from '#stats/synthetic/random'
import { BulkWriter } from '#stats/synthetic/bulk_writer'
import {
  chooseKommuner,
  loadAreas,
  syntheticDays,
  syntheticKommuner,
  type KommuneChoice,
} from '#stats/synthetic/synthetic_setup'
import {
  SYNTHETIC_COLUMNS,
  channelPickFor,
  generateKommuneDay,
  type SyntheticDay,
  type SyntheticRow,
} from '#stats/synthetic/synthetic_day'

export interface GenerateOptions extends KommuneChoice {
  years: number
  /** Contacts per year over all chosen kommuner (default: by population). */
  perYear?: number
  seed: string
  batchSize?: number
  /** Only this many days up to `until` (overrides years). */
  spanDays?: number
  /** The day after the last generated day (default: today, so history ends yesterday). */
  until?: DateTime
  /**
   * Write the rows as not yet rolled up, as if just recorded (for measuring
   * the incremental rollup); the default writes them as rolled up.
   */
  pending?: boolean
  /** Generate and build the statements but write nothing. */
  dryRun?: boolean
  onProgress?: (doneDays: number, totalDays: number, rows: number) => void
}

/**
 * Writes synthetic inquiries (source 'synthetic') for the chosen kommuner,
 * day by day so ids follow time like real data. Rows are written already
 * marked as rolled up: no per-inquiry job ever sees them, and the caller
 * brings the aggregates up to date in SQL (a rebuild) afterwards.
 */
export async function generateInquiries(options: GenerateOptions) {
  const kommuner = await chooseKommuner(options)
  if (kommuner.length === 0) throw new Error('No kommuner to generate for')
  const countries = [...new Set(kommuner.map((kommune) => kommune.country))]
  const areasByCountry = new Map(
    await Promise.all(
      countries.map(async (country) => [country, await loadAreas(country)] as const)
    )
  )
  const areaCount = areasByCountry.get(countries[0])!.length
  if (areaCount === 0) throw new Error('No service areas: import the corpus first (db:seed)')
  const synthetic = syntheticKommuner(kommuner, areaCount, options)
  const daysByZone = new Map<string, SyntheticDay[]>()
  for (const kommune of kommuner) {
    if (!daysByZone.has(kommune.timezone))
      daysByZone.set(kommune.timezone, syntheticDays(options, kommune.timezone))
  }
  const random = new Random(options.seed)
  const writer = new BulkWriter('inquiries', SYNTHETIC_COLUMNS, options.dryRun)
  await writer.prepare()
  const batchSize = options.batchSize ?? 5000
  const totalDays = daysByZone.values().next().value!.length
  let batch: SyntheticRow[] = []
  let rows = 0
  for (let dayIndex = 0; dayIndex < totalDays; dayIndex++) {
    const channelPicks = new Map(
      [...daysByZone].map(([zone, days]) => [zone, channelPickFor(days[dayIndex])])
    )
    for (const [index, kommune] of kommuner.entries()) {
      const day = daysByZone.get(kommune.timezone)![dayIndex]
      const areas = areasByCountry.get(kommune.country)!
      rows += generateKommuneDay(
        random,
        synthetic[index],
        day,
        channelPicks.get(kommune.timezone)!,
        areas,
        batch,
        options.pending ? 0 : 1
      )
      if (batch.length >= batchSize) {
        await writer.write(batch)
        batch = []
      }
    }
    options.onProgress?.(dayIndex + 1, totalDays, rows)
  }
  await writer.write(batch)
  await writer.flush()
  return { rows, kommuner: kommuner.length, days: totalDays }
}
