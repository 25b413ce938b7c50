/*
| Provider webhooks. Lean on purpose: no session, shield (CSRF) or auth —
| providers cannot log in; each plugin checks its provider's signature over
| the raw body, and the unguessable connection id routes it.
*/
import router from '@adonisjs/core/services/router'

const WebhooksController = () => import('#controllers/channels/webhooks_controller')

router
  .post('/webhooks/channels/:connection', [WebhooksController, 'receive'])
  .as('webhooks.channels.receive')
