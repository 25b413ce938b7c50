import router from '@adonisjs/core/services/router'
import { middleware, webStack } from '#start/kernel'

const StartController = () => import('#controllers/staff/start_controller')
const SearchController = () => import('#controllers/staff/search_controller')
const GuideController = () => import('#controllers/staff/guide_controller')
const InquiriesController = () => import('#controllers/staff/inquiries_controller')
const CannedAnswersController = () => import('#controllers/staff/canned_answers_controller')
const SendGuidanceController = () => import('#controllers/staff/send_guidance_controller')

/** The support view: staff (and admins, who can do what their staff do). */
router
  .group(() => {
    router.get('/', [StartController, 'render']).as('staff.start')
    router.get('/search', [SearchController, 'search']).as('staff.search')
    // :guide is an id or a slug (search hits link by slug).
    router.get('/guides/:guide', [GuideController, 'show']).as('staff.guides.show')
    router
      .post('/guides/:guide/send', [SendGuidanceController, 'store'])
      .where('guide', router.matchers.number())
      .as('staff.guides.send')
    router
      .get('/messages/:message', [SendGuidanceController, 'status'])
      .where('message', router.matchers.number())
      .as('staff.messages.show')
    router.post('/inquiries', [InquiriesController, 'store']).as('staff.inquiries.store')
    router.get('/canned-answers', [CannedAnswersController, 'index']).as('staff.canned.index')
  })
  .prefix('/staff')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['staff', 'admin'] })])
