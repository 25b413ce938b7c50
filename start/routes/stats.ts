import router from '@adonisjs/core/services/router'
import { middleware, webStack } from '#start/kernel'

const StartController = () => import('#controllers/stats/start_controller')

router
  .group(() => {
    router.get('/', [StartController, 'render']).as('stats.start')
  })
  .prefix('/stats')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['manager', 'admin'] })])
