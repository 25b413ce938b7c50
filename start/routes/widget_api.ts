import router from '@adonisjs/core/services/router'
import { publicApiThrottle } from '#start/limiter'

const WidgetController = () => import('#controllers/api/widget_controller')
const DeflectionController = () => import('#controllers/api/deflection_controller')

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
    // Before a chat: guides that answer the question, and the anonymous session's steps.
    router
      .get('/kommuner/:code/deflection', [DeflectionController, 'suggest'])
      .as('api.widget.deflection')
    router
      .post('/kommuner/:code/deflection', [DeflectionController, 'record'])
      .as('api.widget.deflection.record')
  })
  .prefix('/api/v1')
  .use(publicApiThrottle)
