import router from '@adonisjs/core/services/router'
import { middleware, webStack } from '#start/kernel'

const GuidesController = () => import('#controllers/citizen/guides_controller')

/** Public citizen pages per kommune: /k/<slug or code>/… */
router
  .group(() => {
    router.get('/', [GuidesController, 'index']).as('citizen.index')
    router.get('/vejledning/:slug', [GuidesController, 'show']).as('citizen.guides.show')
  })
  .prefix('/k/:kommune')
  .use([...webStack(), middleware.citizenKommune()])
