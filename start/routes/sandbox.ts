/*
| The demo's channel sandbox outbox (staff and admins of the active
| kommune). The controller answers 404 unless the sandbox runs.
*/
import router from '@adonisjs/core/services/router'
import { middleware, webStack } from '#start/kernel'

const OutboxController = () => import('#controllers/sandbox/outbox_controller')

router
  .group(() => {
    router.get('/outbox', [OutboxController, 'index']).as('sandbox.outbox')
    router
      .post('/outbox/:message/reply', [OutboxController, 'reply'])
      .where('message', router.matchers.number())
      .as('sandbox.outbox.reply')
  })
  .prefix('/sandbox')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['staff', 'admin'] })])
