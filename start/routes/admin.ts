import router from '@adonisjs/core/services/router'
import { middleware, webStack } from '#start/kernel'
import { guideEditingRoutes } from '#start/routes/helpers/guide_editing_routes'

const StartController = () => import('#controllers/admin/start_controller')
const ArticlesController = () => import('#controllers/admin/articles_controller')
const GuideVersionsController = () => import('#controllers/knowledge/guide_versions_controller')
const SupplementsController = () => import('#controllers/admin/supplements_controller')
const ChangeAlertsController = () => import('#controllers/admin/change_alerts_controller')
const LibraryController = () => import('#controllers/admin/library_controller')
const ServicePolicyController = () => import('#controllers/admin/service_policy_controller')
const CitizenPagesController = () => import('#controllers/admin/citizen_pages_controller')
const UnitCostsController = () => import('#controllers/admin/unit_costs_controller')
const AuditLogController = () => import('#controllers/admin/audit_log_controller')
const RetentionController = () => import('#controllers/admin/retention_controller')

router
  .group(() => {
    router.get('/', [StartController, 'render']).as('admin.start')
    guideEditingRoutes('/articles', 'admin.articles', ArticlesController)
    router
      .get('/articles/:guide/versions', [GuideVersionsController, 'own'])
      .where('guide', router.matchers.number())
      .as('admin.articles.versions')

    const id = router.matchers.number()
    router.get('/supplements', [SupplementsController, 'index']).as('admin.supplements.index')
    router
      .get('/supplements/:guide', [SupplementsController, 'edit'])
      .where('guide', id)
      .as('admin.supplements.edit')
    router
      .put('/supplements/:guide', [SupplementsController, 'update'])
      .where('guide', id)
      .as('admin.supplements.update')
    router
      .post('/supplements/:guide/confirm', [SupplementsController, 'confirm'])
      .where('guide', id)
      .as('admin.supplements.confirm')
    router.get('/alerts', [ChangeAlertsController, 'index']).as('admin.alerts.index')
    router.get('/library', [LibraryController, 'index']).as('admin.library.index')
    router
      .get('/library/:guide', [LibraryController, 'show'])
      .where('guide', id)
      .as('admin.library.show')
    router
      .post('/library/:guide/copy', [LibraryController, 'copy'])
      .where('guide', id)
      .as('admin.library.copy')
    router
      .post('/library/copies/:guide/acknowledge', [LibraryController, 'acknowledge'])
      .where('guide', id)
      .as('admin.library.acknowledge')
    router.get('/policy', [ServicePolicyController, 'edit']).as('admin.policy.edit')
    router.put('/policy', [ServicePolicyController, 'update']).as('admin.policy.update')
    router.get('/audit', [AuditLogController, 'index']).as('admin.audit.index')
    router.get('/citizen-pages', [CitizenPagesController, 'edit']).as('admin.citizen_pages.edit')
    router
      .put('/citizen-pages', [CitizenPagesController, 'update'])
      .as('admin.citizen_pages.update')
    router.get('/unit-costs', [UnitCostsController, 'edit']).as('admin.unit_costs.edit')
    router.put('/unit-costs', [UnitCostsController, 'update']).as('admin.unit_costs.update')
    router.get('/retention', [RetentionController, 'edit']).as('admin.retention.edit')
    router.put('/retention', [RetentionController, 'update']).as('admin.retention.update')
  })
  .prefix('/admin')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['admin'] })])
