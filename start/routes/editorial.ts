import router from '@adonisjs/core/services/router'
import { middleware, webStack } from '#start/kernel'
import { guideEditingRoutes } from '#start/routes/helpers/guide_editing_routes'

const StartController = () => import('#controllers/editorial/start_controller')
const GuidesController = () => import('#controllers/editorial/guides_controller')
const GuideVersionsController = () => import('#controllers/knowledge/guide_versions_controller')
const KnownIssuesController = () => import('#controllers/editorial/known_issues_controller')
const NationalStatisticsController = () =>
  import('#controllers/editorial/national_statistics_controller')

router
  .group(() => {
    router.get('/', [StartController, 'render']).as('editorial.start')
    guideEditingRoutes('/guides', 'editorial.guides', GuidesController)
    router
      .get('/guides/:guide/versions', [GuideVersionsController, 'national'])
      .where('guide', router.matchers.number())
      .as('editorial.guides.versions')
    router.get('/statistics', [NationalStatisticsController, 'render']).as('editorial.statistics')
    router
      .get('/statistics/export/:table', [NationalStatisticsController, 'export'])
      .where('table', /^[a-z_]+$/)
      .as('editorial.statistics.export')
    router.get('/known-issues', [KnownIssuesController, 'index']).as('editorial.known_issues.index')
    router
      .post('/known-issues', [KnownIssuesController, 'store'])
      .as('editorial.known_issues.store')
    router
      .post('/known-issues/:issue/end', [KnownIssuesController, 'end'])
      .where('issue', router.matchers.number())
      .as('editorial.known_issues.end')
  })
  .prefix('/editorial')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['editor'] })])
