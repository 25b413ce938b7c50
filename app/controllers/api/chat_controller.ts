import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import { kommuneByCode } from '#services/kommune_lookup'
import { chatAvailability, enabledConnectionOfKind } from '#services/chat/chat_availability'
import { chatTokens } from '#services/chat/chat_tokens'
import { conversationQueries } from '#services/chat/conversation_queries'
import { serviceAreaOptions } from '#services/chat/service_area_options'
import { sendConnections } from '#services/send_channels'
import OpenConversation from '#actions/conversations/open_conversation'
import PostMessage from '#actions/conversations/post_message'
import { offlineMessageValidator, openChatValidator } from '#validators/chat_validator'

/**
 * The citizen chat's public entry (lean stack, no cookies): is the chat
 * open, start a conversation, or — outside opening hours — leave a
 * question to be answered by e-mail.
 */
export default class ChatController {
  async status({ params, request }: HttpContext) {
    const kommune = await this.#kommune(params.code)
    const locale = String(request.qs().locale ?? kommune.locale)
    return {
      kommune: { code: kommune.code, name: kommune.name },
      ...(await chatAvailability(kommune)),
      serviceAreas: await serviceAreaOptions(locale),
    }
  }

  @inject()
  async open({ params, request, response }: HttpContext, action: OpenConversation) {
    const kommune = await this.#kommune(params.code)
    const input = await request.validateUsing(openChatValidator)
    const availability = await chatAvailability(kommune)
    if (!availability.open) {
      return response.conflict({ error: 'chat_closed', ...availability })
    }
    const conversation = await action.handle({
      kommune,
      channel: 'chat',
      connection: await enabledConnectionOfKind(kommune, 'chat'),
      citizenName: input.name,
      serviceArea: input.serviceArea,
      topic: input.topic,
      pageUrl: input.pageUrl,
      pageTitle: input.pageTitle,
      locale: input.locale ?? null,
    })
    response.status(201)
    return {
      conversationId: conversation.id,
      visitorToken: chatTokens.visitor({ kommuneId: kommune.id, conversationId: conversation.id }),
      streamUid: chatTokens.streamUid({ kind: 'visitor', conversationId: conversation.id }),
      status: conversation.status,
      queuePosition: await conversationQueries.queuePosition(conversation),
      welcome: availability.welcome,
    }
  }

  /** Outside opening hours: the question becomes an e-mail conversation in the same inbox. */
  @inject()
  async offline(
    { params, request, response }: HttpContext,
    open: OpenConversation,
    post: PostMessage
  ) {
    const kommune = await this.#kommune(params.code)
    const input = await request.validateUsing(offlineMessageValidator)
    const connections = await sendConnections(kommune)
    const connection = connections.get('email')
    if (!connection) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    const conversation = await open.handle({
      kommune,
      channel: 'email',
      connection,
      contact: input.email.toLowerCase(),
      citizenName: input.name,
      pageUrl: input.pageUrl,
      pageTitle: input.pageTitle,
    })
    await post.handle(conversation, { author: 'citizen', body: input.body })
    return response.status(202).send({ received: true })
  }

  async #kommune(code: string) {
    const kommune = /^\d{3,4}$/.test(code) ? await kommuneByCode(code) : null
    if (!kommune) throw new errors.E_HTTP_EXCEPTION('Kommune not found', { status: 404 })
    return kommune
  }
}
