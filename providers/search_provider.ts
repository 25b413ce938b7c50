import type { ApplicationService } from '@adonisjs/core/types'
import SearchEngine from '#search/search_engine'
import type { SearchConfig } from '#config/search'

/**
 * Binds the configured SearchEngine driver as a singleton. The embedded
 * engine lives in this process, so a web server rebuilds it from the
 * database when it starts; Meilisearch keeps its index between restarts.
 */
export default class SearchProvider {
  #engine?: SearchEngine

  constructor(protected app: ApplicationService) {}

  register() {
    this.app.container.singleton(SearchEngine, async () => {
      const config = this.app.config.get<SearchConfig>('search')
      if (config.driver === 'meilisearch') {
        const { default: MeilisearchEngine } =
          await import('#search/drivers/meilisearch/meilisearch_engine')
        this.#engine = new MeilisearchEngine(config.meilisearch)
      } else {
        const { default: EmbeddedEngine } = await import('#search/drivers/embedded/embedded_engine')
        this.#engine = new EmbeddedEngine()
      }
      await this.#engine.init()
      return this.#engine
    })
  }

  /**
   * A web server on the embedded engine follows other processes' index
   * changes (subscribed before the rebuild, so none falls in between) and
   * builds its index from the database.
   */
  async ready() {
    const config = this.app.config.get<SearchConfig>('search')
    if (this.app.getEnvironment() !== 'web' || config.driver !== 'embedded') return
    const { searchIndexBus } = await import('#search/search_index_bus')
    await searchIndexBus.subscribe(await this.app.container.make(SearchEngine))
    const { searchIndexer } = await import('#search/search_indexer')
    await searchIndexer.rebuild()
  }

  async shutdown() {
    await this.#engine?.close()
  }
}
