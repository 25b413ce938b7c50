import router from '@adonisjs/core/services/router'
import { publicApiThrottle } from '#start/limiter'

const WidgetController = () => import('#controllers/api/widget_controller')

/**
 * The widget's own API (public, lean stack, no cookies, rate-limited per
 * IP): the kommune's widget settings, a guide's citizen level, and "call me
 * back". CORS only for the kommune's configured site origins.
 */
router
  .group(() => {
    router.get('/kommuner/:code/widget', [WidgetController, 'config']).as('api.widget.config')
    router.get('/kommuner/:code/guides/:slug', [WidgetController, 'guide']).as('api.widget.guide')
    router
      .post('/kommuner/:code/guides/:slug/callback', [WidgetController, 'callback'])
      .as('api.widget.callback')
  })
  .prefix('/api/v1')
  .use(publicApiThrottle)
