import router from '@adonisjs/core/services/router'
import { middleware, webStack } from '#start/kernel'

const StartController = () => import('#controllers/editorial/start_controller')

router
  .group(() => {
    router.get('/', [StartController, 'render']).as('editorial.start')
  })
  .prefix('/editorial')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['editor'] })])
