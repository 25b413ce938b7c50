/*
| Staff feedback on guides: staff send it from a guide section, national
| editors answer remarks on the national text, kommune admins answer
| remarks on their local text and own articles.
*/
import router from '@adonisjs/core/services/router'
import { middleware, webStack } from '#start/kernel'

const StaffFeedbackController = () => import('#controllers/staff/feedback_controller')
const EditorialFeedbackController = () => import('#controllers/editorial/feedback_controller')
const AdminFeedbackController = () => import('#controllers/admin/feedback_controller')

router
  .group(() => {
    router.get('/feedback', [StaffFeedbackController, 'index']).as('staff.feedback.index')
    router
      .post('/guides/:guide/feedback', [StaffFeedbackController, 'store'])
      .where('guide', router.matchers.number())
      .as('staff.feedback.store')
  })
  .prefix('/staff')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['staff', 'admin'] })])

router
  .group(() => {
    router.get('/feedback', [EditorialFeedbackController, 'index']).as('editorial.feedback.index')
    router
      .put('/feedback/:feedback', [EditorialFeedbackController, 'update'])
      .where('feedback', router.matchers.number())
      .as('editorial.feedback.update')
  })
  .prefix('/editorial')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['editor'] })])

router
  .group(() => {
    router.get('/feedback', [AdminFeedbackController, 'index']).as('admin.feedback.index')
    router
      .put('/feedback/:feedback', [AdminFeedbackController, 'update'])
      .where('feedback', router.matchers.number())
      .as('admin.feedback.update')
  })
  .prefix('/admin')
  .use([...webStack(), middleware.auth(), middleware.membership({ roles: ['admin'] })])
