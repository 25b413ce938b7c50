import db from '@adonisjs/lucid/services/db'
import Kommune from '#models/kommune'
import { generateInquiries } from '#stats/synthetic/generate_inquiries'
import { rebuildAllRollups } from '#stats/rollup_rebuild_all'

/** The pilot kommuner: Sorø, Slagelse, Holbæk, Svendborg, Fredensborg, Frederikssund. */
export const DEMO_STATISTICS_KOMMUNER = ['340', '330', '316', '479', '210', '250']

/**
 * Contacts per pilot kommune per year in the demo history. Lower than a
 * real citizen service (Sorø's would be ~25,000) so the demo starts in a
 * few seconds; the shapes (season, channel shift, times) are the same.
 */
export const DEMO_CONTACTS_PER_KOMMUNE = 9000

/**
 * A year of synthetic history (seed 'demo') for the pilot kommuner, so the
 * statistics dashboard is alive on first start. Runs once: if a pilot
 * already has synthetic inquiries nothing is added (the demo seeder runs on
 * every start). The aggregates are then rebuilt in SQL (all of them: on a
 * demo database that is the generated year plus a few registered contacts).
 */
export async function seedDemoStatistics() {
  const kommuner = await Kommune.query().whereIn('code', DEMO_STATISTICS_KOMMUNER)
  const ids = kommuner.map((kommune) => kommune.id)
  const existing = await db
    .from('inquiries')
    .whereIn('kommune_id', ids)
    .where('source', 'synthetic')
    .select('id')
    .first()
  if (existing || kommuner.length === 0) return 0
  const { rows } = await generateInquiries({
    codes: DEMO_STATISTICS_KOMMUNER,
    years: 1,
    perYear: DEMO_CONTACTS_PER_KOMMUNE * kommuner.length,
    seed: 'demo',
  })
  await rebuildAllRollups()
  return rows
}
