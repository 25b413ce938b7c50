import router from '@adonisjs/core/services/router'
import { webStack } from '#start/kernel'

const SurfaceNotFoundController = () => import('#controllers/surface_not_found_controller')

/**
 * Unknown addresses inside the staff surfaces answer 404 with the user's
 * navigation (the router's own 404 runs before session and auth, so its
 * page had no menu). Wildcards match in registration order: this file is
 * imported last in start/routes.ts so it never shadows a real page.
 */
for (const surface of ['admin', 'staff', 'editorial', 'stats'] as const) {
  router
    .get(`/${surface}/*`, [SurfaceNotFoundController, 'handle'])
    .use(webStack())
    .as(`${surface}.not_found`)
}
