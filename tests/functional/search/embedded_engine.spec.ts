import EmbeddedSearchEngine from '#search/drivers/embedded/embedded_engine'
import { registerSearchEngineContract } from '#tests/search/engine_contract'

/** The in-process driver against the shared search contract. */
registerSearchEngineContract({
  name: 'embedded',
  createEngine: async () => new EmbeddedSearchEngine(),
})
