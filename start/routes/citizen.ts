import router from '@adonisjs/core/services/router'
/* eslint-disable @adonisjs/prefer-lazy-controller-import -- measured: a lazy import() runs on
   every request and costs the cached pages a large share of their throughput (bench:public) */
import PagesController from '#controllers/portal/pages_controller'
import SeoController from '#controllers/portal/seo_controller'
import SearchPageController from '#controllers/portal/search_page_controller'
import ReachController from '#controllers/portal/reach_controller'
import WidgetDemoController from '#controllers/portal/widget_demo_controller'
/* eslint-enable @adonisjs/prefer-lazy-controller-import */

/**
 * Public citizen pages per kommune: /k/<slug or code>/…, server-rendered
 * and cached (see app/portal). Lean stack: no session, shield or auth, so
 * no cookies; the kommune is resolved from the path by the controller.
 */
router
  .group(() => {
    router.get('/', [PagesController, 'home']).as('citizen.index')
    router.get('/omraade/:area', [PagesController, 'area']).as('citizen.areas.show')
    router.get('/vejledning/:slug', [PagesController, 'guide']).as('citizen.guides.show')
    router
      .post('/vejledning/:slug/ring-op', [ReachController, 'callback'])
      .as('citizen.guides.callback')
    router.post('/vejledning/:slug/send', [ReachController, 'share']).as('citizen.guides.share')
    router.get('/artikler', [PagesController, 'articles']).as('citizen.articles')
    router.get('/faq', [PagesController, 'faq']).as('citizen.faq')
    router.get('/tilgaengelighed', [PagesController, 'accessibility']).as('citizen.accessibility')
    router.get('/soeg', [SearchPageController, 'show']).as('citizen.search')
    router.get('/sitemap.xml', [SeoController, 'sitemap']).as('citizen.sitemap')
    router.get('/robots.txt', [SeoController, 'robots']).as('citizen.robots')
    router.get('/theme.css', [SeoController, 'theme']).as('citizen.theme')
  })
  .prefix('/k/:kommune')

/** The widget embedded as a kommune's site would (strict CSP, no inline allowances). */
router.get('/demo/widget/:kommune', [WidgetDemoController, 'show']).as('citizen.widget_demo')
