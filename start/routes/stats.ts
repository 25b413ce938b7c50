import router from '@adonisjs/core/services/router'
import { middleware, webStack } from '#start/kernel'

const DashboardController = () => import('#controllers/stats/dashboard_controller')
const PeersController = () => import('#controllers/stats/peers_controller')

router
  .group(() => {
    router.get('/', [DashboardController, 'render']).as('stats.start')
    router
      .get('/export/:table', [DashboardController, 'export'])
      .where('table', /^[a-z_]+$/)
      .as('stats.export')
    router.get('/peers', [PeersController, 'render']).as('stats.peers')
    router.get('/peers/export', [PeersController, 'export']).as('stats.peers.export')
  })
  .prefix('/stats')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['manager', 'admin'] })])
