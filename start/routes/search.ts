import router from '@adonisjs/core/services/router'
import { middleware, webStack } from '#start/kernel'

const SearchManagementController = () =>
  import('#controllers/editorial/search_management_controller')

router
  .group(() => {
    router
      .get('/synonyms', [SearchManagementController, 'synonyms'])
      .as('editorial.search.synonyms')
    router
      .put('/synonyms', [SearchManagementController, 'updateSynonyms'])
      .as('editorial.search.synonyms.update')
    router.get('/misses', [SearchManagementController, 'misses']).as('editorial.search.misses')
  })
  .prefix('/editorial/search')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['editor'] })])
