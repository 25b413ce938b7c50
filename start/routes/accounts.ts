import router from '@adonisjs/core/services/router'
import { middleware, webStack } from '#start/kernel'

const HomeController = () => import('#controllers/home_controller')
const SessionController = () => import('#controllers/session_controller')
const KommuneSwitchController = () => import('#controllers/kommune_switch_controller')
const LocaleController = () => import('#controllers/locale_controller')
const SessionInfoController = () => import('#controllers/session_info_controller')

router
  .group(() => {
    router.get('/', [HomeController]).as('home')
    router.post('/locale', [LocaleController, 'update']).as('locale.update')

    router
      .group(() => {
        router.get('/login', [SessionController, 'create']).as('session.create')
        router.post('/login', [SessionController, 'store']).as('session.store')
      })
      .use(middleware.guest())

    router
      .group(() => {
        router.post('/logout', [SessionController, 'destroy']).as('session.destroy')
        router
          .post('/logout/everywhere', [SessionController, 'destroyEverywhere'])
          .as('session.destroy_everywhere')
        router.get('/session', [SessionInfoController]).as('session.show')
        router
          .post('/memberships/:membership/activate', [KommuneSwitchController, 'store'])
          .where('membership', router.matchers.number())
          .as('memberships.activate')
      })
      .use(middleware.auth())
  })
  .use(webStack())
