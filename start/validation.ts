/*
| Validation messages for every `request.validateUsing` in the request's
| language: the web stack's choice, or on lean routes `?lang=` /
| Accept-Language (see app/support/request_i18n.ts). Set at boot, not by a
| middleware, so the first request on a lean route is already translated.
*/
import { RequestValidator } from '@adonisjs/core/http'
import { requestMessages } from '#support/request_i18n'

RequestValidator.messagesProvider = (ctx) => requestMessages(ctx)
