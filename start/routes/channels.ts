/*
| Channels: a kommune admin's plugin connections (settings, test, delivery
| log) and the staff callback queue. Provider webhooks are lean and live in
| start/routes/webhooks.ts.
*/
import router from '@adonisjs/core/services/router'
import { middleware, webStack } from '#start/kernel'

const ChannelsController = () => import('#controllers/admin/channels_controller')
const CallbacksController = () => import('#controllers/staff/callbacks_controller')

router
  .group(() => {
    const connection = { match: /^[A-Za-z0-9_-]{32}$/ }
    router.get('/channels', [ChannelsController, 'index']).as('admin.channels.index')
    router.post('/channels', [ChannelsController, 'store']).as('admin.channels.store')
    router
      .get('/channels/:connection', [ChannelsController, 'show'])
      .where('connection', connection)
      .as('admin.channels.show')
    router
      .put('/channels/:connection', [ChannelsController, 'update'])
      .where('connection', connection)
      .as('admin.channels.update')
    router
      .post('/channels/:connection/enable', [ChannelsController, 'enable'])
      .where('connection', connection)
      .as('admin.channels.enable')
    router
      .post('/channels/:connection/disable', [ChannelsController, 'disable'])
      .where('connection', connection)
      .as('admin.channels.disable')
    router
      .post('/channels/:connection/verify', [ChannelsController, 'verify'])
      .where('connection', connection)
      .as('admin.channels.verify')
    router
      .get('/channels/:connection/deliveries', [ChannelsController, 'deliveries'])
      .where('connection', connection)
      .as('admin.channels.deliveries')
  })
  .prefix('/admin')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['admin'] })])

router
  .group(() => {
    const id = router.matchers.number()
    router.get('/callbacks', [CallbacksController, 'index']).as('staff.callbacks.index')
    router
      .post('/callbacks/:callback/claim', [CallbacksController, 'claim'])
      .where('callback', id)
      .as('staff.callbacks.claim')
    router
      .post('/callbacks/:callback/outcome', [CallbacksController, 'outcome'])
      .where('callback', id)
      .as('staff.callbacks.outcome')
    router
      .post('/callbacks/:callback/cancel', [CallbacksController, 'cancel'])
      .where('callback', id)
      .as('staff.callbacks.cancel')
  })
  .prefix('/staff')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['staff', 'admin'] })])
