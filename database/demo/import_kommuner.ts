import Kommune from '#models/kommune'
import { readCorpusJson } from '#database/demo/corpus'

interface DanishRow {
  code: string
  name: string
  region: string
  slug: string
}

interface SwedishRow {
  code: string
  name: string
  official_name: string
  county: string
  slug: string
  domain: string
  lang: string
  country: string
}

/**
 * All 98 Danish kommuner and the Swedish pilot, upserted by official code
 * (idempotent: running it twice changes nothing). Population is unknown in
 * the corpus and stays null rather than invented.
 */
export async function importKommuner() {
  const danish = await readCorpusJson<DanishRow[]>('kommuner.json')
  const swedish = await readCorpusJson<SwedishRow[]>('sweden.json')

  const rows = [
    ...danish.map((row) => ({
      code: row.code,
      name: row.name,
      slug: row.slug,
      region: row.region,
      country: 'DK' as const,
      locale: 'da',
      timezone: 'Europe/Copenhagen',
      settings: {},
    })),
    ...swedish.map((row) => ({
      code: row.code,
      name: row.name,
      slug: row.slug,
      region: row.county,
      country: 'SE' as const,
      locale: row.lang,
      timezone: 'Europe/Stockholm',
      settings: { domain: row.domain, officialName: row.official_name },
    })),
  ]
  await Kommune.updateOrCreateMany('code', rows)
  return rows.length
}
