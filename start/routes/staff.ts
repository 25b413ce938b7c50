import router from '@adonisjs/core/services/router'
import { middleware, webStack } from '#start/kernel'

const StartController = () => import('#controllers/staff/start_controller')
const SearchController = () => import('#controllers/staff/search_controller')
const GuideController = () => import('#controllers/staff/guide_controller')
const InquiriesController = () => import('#controllers/staff/inquiries_controller')
const CannedAnswersController = () => import('#controllers/staff/canned_answers_controller')
const SendGuidanceController = () => import('#controllers/staff/send_guidance_controller')
const CaseExportController = () => import('#controllers/staff/case_export_controller')
const ConversationsController = () => import('#controllers/staff/conversations_controller')
const SuggestionsController = () => import('#controllers/staff/suggestions_controller')

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
    // Conversations: one inbox for chat, e-mail and SMS.
    router.get('/conversations', [ConversationsController, 'index']).as('staff.conversations')
    router
      .get('/conversations/inbox', [ConversationsController, 'inbox'])
      .as('staff.conversations.inbox')
    router
      .post('/conversations/auto-assign', [ConversationsController, 'autoAssign'])
      .as('staff.conversations.auto_assign')
    router
      .group(() => {
        const on = (path: string) => `/conversations/:conversation${path}`
        router
          .get(on('/messages'), [ConversationsController, 'messages'])
          .as('staff.conversations.messages')
        router
          .post(on('/claim'), [ConversationsController, 'claim'])
          .as('staff.conversations.claim')
        router
          .post(on('/messages'), [ConversationsController, 'reply'])
          .as('staff.conversations.reply')
        router
          .post(on('/typing'), [ConversationsController, 'typing'])
          .as('staff.conversations.typing')
        router.post(on('/read'), [ConversationsController, 'read']).as('staff.conversations.read')
        router
          .post(on('/transfer'), [ConversationsController, 'transfer'])
          .as('staff.conversations.transfer')
        router
          .post(on('/close'), [ConversationsController, 'close'])
          .as('staff.conversations.close')
        router
          .get(on('/suggestions'), [SuggestionsController, 'index'])
          .as('staff.conversations.suggestions')
        router
          .post(on('/suggestions/wrong'), [SuggestionsController, 'wrong'])
          .as('staff.conversations.suggestions.wrong')
        router
          .get(on('/case.json'), [CaseExportController, 'json'])
          .as('staff.conversations.case_json')
        router
          .get(on('/case.pdf'), [CaseExportController, 'pdf'])
          .as('staff.conversations.case_pdf')
      })
      .where('conversation', router.matchers.number())
  })
  .prefix('/staff')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['staff', 'admin'] })])
