/*
|--------------------------------------------------------------------------
| HTTP kernel
|--------------------------------------------------------------------------
|
| Server middleware runs on every request (404s included). The router stack
| is deliberately tiny so the public JSON API and webhooks stay lean: the
| full web stack (session, shield, auth, locale, bouncer) is a named group
| applied by the route files of the surfaces that need it.
*/
import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'

server.errorHandler(() => import('#exceptions/handler'))

server.use([
  () => import('#middleware/container_bindings_middleware'),
  () => import('#middleware/page_static_middleware'),
  () => import('@adonisjs/vite/vite_middleware'),
  () => import('#middleware/inertia_middleware'),
])

router.use([
  () => import('#middleware/multipart_guard_middleware'),
  () => import('@adonisjs/core/bodyparser_middleware'),
])

export const middleware = router.named({
  session: () => import('@adonisjs/session/session_middleware'),
  shield: () => import('@adonisjs/shield/shield_middleware'),
  initializeAuth: () => import('@adonisjs/auth/initialize_auth_middleware'),
  silentAuth: () => import('#middleware/silent_auth_middleware'),
  sessionGuard: () => import('#middleware/session_guard_middleware'),
  locale: () => import('#middleware/detect_user_locale_middleware'),
  bouncer: () => import('#middleware/initialize_bouncer_middleware'),
  auth: () => import('#middleware/auth_middleware'),
  guest: () => import('#middleware/guest_middleware'),
  membership: () => import('#middleware/active_membership_middleware'),
  citizenKommune: () => import('#middleware/citizen_kommune_middleware'),
})

/**
 * The stack every HTML page needs, in order. Route files apply it with
 * `.use(webStack())`.
 */
export function webStack() {
  return [
    middleware.session(),
    middleware.shield(),
    middleware.initializeAuth(),
    middleware.silentAuth(),
    middleware.locale(),
    middleware.sessionGuard(),
    middleware.bouncer(),
  ]
}
