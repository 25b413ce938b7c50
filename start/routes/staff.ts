import router from '@adonisjs/core/services/router'
import { middleware, webStack } from '#start/kernel'

const StartController = () => import('#controllers/staff/start_controller')

router
  .group(() => {
    router.get('/', [StartController, 'render']).as('staff.start')
  })
  .prefix('/staff')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['staff', 'admin'] })])
