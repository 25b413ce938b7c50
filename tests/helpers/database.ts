import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { createDemoUsers } from '#database/demo/demo_users'
import { importKommuner } from '#database/demo/import_kommuner'
import { CORPUS_DIR } from '#database/demo/corpus'
import { importCorpus } from '#knowledge/corpus/import_corpus'
import { seedDefaultSynonyms } from '#search/seed_synonyms'
import { searchIndexer } from '#search/search_indexer'

/**
 * A clean schema for the run (drop everything, migrate) plus the base
 * fixtures every test may rely on: all kommuner, the demo users and the
 * whole knowledge-base corpus. Tests
 * then run inside global transactions, so what they write disappears.
 */
export async function prepareTestDatabase() {
  await db.connection().schema.raw('select 1')
  const connection = db.connection()
  const tables = await connection.getAllTables()
  if (tables.length) {
    const { default: ace } = await import('@adonisjs/core/services/ace')
    await ace.exec('migration:fresh', ['--force'])
  } else {
    await testUtils.db().migrate()
  }
  await importKommuner()
  await createDemoUsers()
  await importCorpus(CORPUS_DIR)
  await seedDefaultSynonyms()
}

/** The search index of the prepared database (the engine is per process in tests). */
export async function buildSearchIndex() {
  await searchIndexer.rebuild()
}
