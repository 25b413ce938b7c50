import router from '@adonisjs/core/services/router'
import { middleware, webStack } from '#start/kernel'

const StartController = () => import('#controllers/admin/start_controller')

router
  .group(() => {
    router.get('/', [StartController, 'render']).as('admin.start')
  })
  .prefix('/admin')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['admin'] })])
