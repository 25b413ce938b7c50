import router from '@adonisjs/core/services/router'
import { middleware, webStack } from '#start/kernel'

const SelfServiceLinksController = () =>
  import('#controllers/editorial/self_service_links_controller')

/** The self-service link registry: national editors only. */
router
  .group(() => {
    router.get('/links', [SelfServiceLinksController, 'index']).as('editorial.links.index')
    router.post('/links/check', [SelfServiceLinksController, 'check']).as('editorial.links.check')
  })
  .prefix('/editorial')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['editor'] })])
