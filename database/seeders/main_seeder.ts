import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { importKommuner } from '#database/demo/import_kommuner'
import { createDemoUsers } from '#database/demo/demo_users'
import { enableDemoChat } from '#database/demo/demo_chat'
import { CORPUS_DIR } from '#database/demo/corpus'
import { importCorpus } from '#knowledge/corpus/import_corpus'
import { seedDefaultSynonyms } from '#search/seed_synonyms'
import { seedDemoReach } from '#database/demo/demo_reach'
import { seedDemoStatistics } from '#database/demo/demo_statistics'

/**
 * The demo data: every kommune, demo users, the knowledge-base corpus, and
 * the contact options Sorø and Slagelse offer their citizens, and a year
 * of synthetic inquiries for the pilot kommuner (statistics).
 * Idempotent — `./vejviser demo` runs it on every start, and content people
 * edited in the demo is not overwritten.
 */
export default class MainSeeder extends BaseSeeder {
  async run() {
    await importKommuner()
    await createDemoUsers()
    await importCorpus(CORPUS_DIR)
    await seedDefaultSynonyms()
    await enableDemoChat()
    await seedDemoReach()
    await seedDemoStatistics()
  }
}
