import router from '@adonisjs/core/services/router'
import { publicApiThrottle } from '#start/limiter'

// Lazy like every other controller: Node's module loader resolves the import
// once, later requests only await the settled promise (measure with bench:api).
const PublicSearchController = () => import('#controllers/api/public_search_controller')
const OpenApiController = () => import('#controllers/api/openapi_controller')

/**
 * The public JSON API on a lean stack: no session, shield or auth, so no
 * cookies; each client IP is rate-limited.
 */
router
  .group(() => {
    router.get('/kommuner/:code/search', [PublicSearchController, 'search']).as('api.search')
    router
      .post('/kommuner/:code/search/misses', [PublicSearchController, 'miss'])
      .as('api.search.miss')
    router.get('/openapi.json', [OpenApiController]).as('api.openapi')
  })
  .prefix('/api/v1')
  .use(publicApiThrottle)
