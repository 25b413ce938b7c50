/*
| The citizen chat client script (embedded by the widget on kommune sites)
| and its demo page. Lean: no session or cookies.
*/
import router from '@adonisjs/core/services/router'

const ChatClientController = () => import('#controllers/chat_client_controller')

router.get('/chat/client.js', [ChatClientController, 'script']).as('chat.client')
router.get('/chat/client.css', [ChatClientController, 'stylesheet']).as('chat.client_css')
router.get('/demo/chat/:kommune', [ChatClientController, 'demo']).as('chat.demo')
