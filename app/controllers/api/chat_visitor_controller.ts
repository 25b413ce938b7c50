import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { chatTokens } from '#services/chat/chat_tokens'
import { conversationQueries } from '#services/chat/conversation_queries'
import { conversationEvents } from '#services/chat/conversation_events'
import { sendConnections } from '#services/send_channels'
import { toMessageDto, type CitizenConversationDto } from '#transformers/conversation_dto'
import PostMessage, { ConversationClosedError } from '#actions/conversations/post_message'
import CloseConversation from '#actions/conversations/close_conversation'
import RateConversation, { RatingRefusedError } from '#actions/conversations/rate_conversation'
import SendTranscript, { TranscriptUnavailableError } from '#actions/conversations/send_transcript'
import {
  chatMessageValidator,
  emailAddressValidator,
  rateChatValidator,
} from '#validators/chat_validator'

/**
 * One citizen's own conversation (the visitor token proves it, see
 * ChatVisitorMiddleware): state, messages after a seq, send, typing,
 * end, rate and "send me the conversation by e-mail".
 */
export default class ChatVisitorController {
  async show({ conversation, kommune }: HttpContext): Promise<CitizenConversationDto> {
    const senders = await sendConnections(kommune!)
    return {
      id: conversation!.id,
      status: conversation!.status,
      lastSeq: conversation!.lastSeq,
      queuePosition: await conversationQueries.queuePosition(conversation!),
      csat: conversation!.csat,
      canEmailTranscript: senders.has('email'),
    }
  }

  /** `?after=<seq>`: exactly the messages a reconnecting client missed, in order. */
  async messages({ conversation, request }: HttpContext) {
    const after = Number.parseInt(String(request.qs().after ?? '0'), 10)
    const rows = await conversationQueries.messagesSince(
      conversation!,
      Number.isFinite(after) && after > 0 ? after : 0
    )
    return { messages: rows.map(toMessageDto), lastSeq: conversation!.lastSeq }
  }

  @inject()
  async send({ conversation, request, response }: HttpContext, action: PostMessage) {
    const input = await request.validateUsing(chatMessageValidator)
    try {
      const { message, created } = await action.handle(conversation!, {
        author: 'citizen',
        body: input.body,
        clientId: input.clientId,
      })
      response.status(created ? 201 : 200)
      return { message: toMessageDto(message) }
    } catch (error) {
      if (error instanceof ConversationClosedError) return response.conflict({ error: 'closed' })
      throw error
    }
  }

  async typing({ conversation, response }: HttpContext) {
    if (conversation!.status !== 'closed') {
      await conversationEvents.toConversation(conversation!, { type: 'typing', author: 'citizen' })
    }
    return response.noContent()
  }

  /** A fresh stream uid (a new page load or a reconnect after the old one expired). */
  async stream({ conversation }: HttpContext) {
    return {
      streamUid: chatTokens.streamUid({ kind: 'visitor', conversationId: conversation!.id }),
    }
  }

  @inject()
  async close({ conversation }: HttpContext, action: CloseConversation) {
    await action.handle(conversation!, { by: 'citizen' })
    return { status: conversation!.status }
  }

  @inject()
  async rate({ conversation, request, response }: HttpContext, action: RateConversation) {
    const { csat } = await request.validateUsing(rateChatValidator)
    try {
      await action.handle(conversation!, csat)
      return { csat }
    } catch (error) {
      if (error instanceof RatingRefusedError) return response.conflict({ error: 'not_ratable' })
      throw error
    }
  }

  @inject()
  async transcript(
    { conversation, kommune, request, response }: HttpContext,
    action: SendTranscript
  ) {
    const { email } = await request.validateUsing(emailAddressValidator)
    try {
      await action.handle(kommune!, conversation!, email)
      return response.status(202).send({ queued: true })
    } catch (error) {
      if (error instanceof TranscriptUnavailableError) return response.notFound()
      throw error
    }
  }
}
