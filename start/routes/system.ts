import router from '@adonisjs/core/services/router'

const HealthController = () => import('#controllers/health_controller')

/** Lean: no session, shield or auth — load balancers call it every few seconds. */
router.get('/health', [HealthController]).as('system.health')
