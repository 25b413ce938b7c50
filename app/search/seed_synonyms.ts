import SearchSynonym from '#models/search_synonym'
import { DEFAULT_SYNONYMS } from '#search/default_synonyms'

/**
 * Gives the editors a starting synonym list the first time (only when the
 * table is empty, so their edits are never overwritten).
 */
export async function seedDefaultSynonyms() {
  const existing = await SearchSynonym.query().count('* as total')
  if (Number(existing[0].$extras.total) > 0) return 0
  await SearchSynonym.createMany(
    DEFAULT_SYNONYMS.map((terms) => ({ terms: [...terms], updatedBy: null }))
  )
  return DEFAULT_SYNONYMS.length
}
