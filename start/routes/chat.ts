/*
| The citizen chat API (the chat client on the kommune's page). Lean stack
| like the public API: no session, shield or cookies; a visitor proves its
| conversation with the visitor token it got when opening it (Bearer).
| Transmit's stream routes are registered in start/transmit.ts.
*/
import router from '@adonisjs/core/services/router'
import { chatApiThrottle } from '#start/limiter'
import ChatVisitorMiddleware from '#middleware/chat_visitor_middleware'

const ChatController = () => import('#controllers/api/chat_controller')
const ChatVisitorController = () => import('#controllers/api/chat_visitor_controller')

const visitor = new ChatVisitorMiddleware()
const code = /^\d{3,4}$/
const id = router.matchers.number()

router
  .group(() => {
    router.get('/:code', [ChatController, 'status']).where('code', code).as('api.chat.status')
    router
      .post('/:code/conversations', [ChatController, 'open'])
      .where('code', code)
      .as('api.chat.open')
    router
      .post('/:code/offline', [ChatController, 'offline'])
      .where('code', code)
      .as('api.chat.offline')

    router
      .group(() => {
        router.get('/', [ChatVisitorController, 'show']).as('api.chat.show')
        router.get('/messages', [ChatVisitorController, 'messages']).as('api.chat.messages')
        router.post('/messages', [ChatVisitorController, 'send']).as('api.chat.send')
        router.post('/typing', [ChatVisitorController, 'typing']).as('api.chat.typing')
        router.post('/stream', [ChatVisitorController, 'stream']).as('api.chat.stream')
        router.post('/close', [ChatVisitorController, 'close']).as('api.chat.close')
        router.post('/rating', [ChatVisitorController, 'rate']).as('api.chat.rate')
        router.post('/transcript', [ChatVisitorController, 'transcript']).as('api.chat.transcript')
      })
      .prefix('/conversations/:conversation')
      .where('conversation', id)
      .use((ctx, next) => visitor.handle(ctx, next))
  })
  .prefix('/api/v1/chat')
  .use(chatApiThrottle)
