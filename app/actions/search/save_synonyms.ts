import db from '@adonisjs/lucid/services/db'
import SearchSynonym from '#models/search_synonym'
import { searchIndexer } from '#search/search_indexer'

/**
 * Replaces the national synonym list and applies it to the running search
 * engine (both drivers apply synonym groups).
 */
export default class SaveSynonyms {
  async handle(groups: string[][], userId: number) {
    const unique = groups.map((group) => [...new Set(group)]).filter((group) => group.length >= 2)
    await db.transaction(async (trx) => {
      await SearchSynonym.query({ client: trx }).delete()
      await SearchSynonym.createMany(
        unique.map((terms) => ({ terms, updatedBy: userId })),
        { client: trx }
      )
    })
    await searchIndexer.applySynonyms()
    return unique.length
  }
}
