import router from '@adonisjs/core/services/router'
import { middleware, webStack } from '#start/kernel'
import { guideEditingRoutes } from '#start/routes/helpers/guide_editing_routes'

const StartController = () => import('#controllers/admin/start_controller')
const ArticlesController = () => import('#controllers/admin/articles_controller')
const GuideVersionsController = () => import('#controllers/knowledge/guide_versions_controller')

router
  .group(() => {
    router.get('/', [StartController, 'render']).as('admin.start')
    guideEditingRoutes('/articles', 'admin.articles', ArticlesController)
    router
      .get('/articles/:guide/versions', [GuideVersionsController, 'own'])
      .where('guide', router.matchers.number())
      .as('admin.articles.versions')
  })
  .prefix('/admin')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['admin'] })])
