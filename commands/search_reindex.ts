import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { searchIndexer } from '#search/search_indexer'
import { ProgressBar } from '#support/progress_bar'

/**
 * Rebuilds the whole search index from the knowledge base and swaps it in
 * atomically (searches keep answering from the old index meanwhile).
 */
export default class SearchReindex extends BaseCommand {
  static commandName = 'search:reindex'
  static description = 'Rebuild the search index from the database and swap it in atomically'
  static options: CommandOptions = { startApp: true }

  async run() {
    const progress = new ProgressBar()
    const started = performance.now()
    const count = await searchIndexer.rebuild((done, total, kommune) =>
      progress.update(`kommuner (${kommune})`, done, total)
    )
    const engine = await searchIndexer.engine()
    this.logger.success(
      `${count} documents indexed with the ${engine.driver} engine in ${Math.round(performance.now() - started)} ms`
    )
  }
}
