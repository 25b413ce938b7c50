import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import { chatTokens } from '#services/chat/chat_tokens'
import { chatChannels } from '#services/chat/chat_channels'
import { conversationQueries } from '#services/chat/conversation_queries'
import { conversationEvents } from '#services/chat/conversation_events'
import { servedKommuneIds } from '#services/chat/staff_scope'
import { staffConsole } from '#services/chat/staff_console'
import { toMessageDto } from '#transformers/conversation_dto'
import AutoAssignConversations from '#actions/conversations/auto_assign_conversations'
import { auditRequest } from '#services/request_audit'
import ClaimConversation, { ClaimRefusedError } from '#actions/conversations/claim_conversation'
import CloseConversation from '#actions/conversations/close_conversation'
import StaffReply, { ReplyRefusedError } from '#actions/conversations/staff_reply'
import TransferConversation, {
  TransferRefusedError,
} from '#actions/conversations/transfer_conversation'
import {
  closeConversationValidator,
  readUpToValidator,
  staffReplyValidator,
  transferConversationValidator,
} from '#validators/chat_validator'

/**
 * The staff console for conversations (chat, e-mail and SMS in one inbox):
 * the page, and the JSON calls it makes. A conversation of a kommune the
 * user does not serve is a 404.
 */
export default class ConversationsController {
  async index({ inertia, auth, kommune, i18n }: HttpContext) {
    const user = auth.user!
    const kommuner = await staffConsole.kommuner(user.id)
    return inertia.render('staff/conversations', {
      me: { id: user.id, name: user.fullName },
      kommuner,
      inbox: await staffConsole.inbox(user.id, i18n.locale),
      cannedAnswers: await staffConsole.cannedAnswers(kommune!.id),
      ...(await staffConsole.staffing(kommune!.id, kommuner)),
      streamUid: chatTokens.streamUid({ kind: 'staff', userId: user.id }),
      queueChannels: kommuner.map((served) => chatChannels.queue(served.id)),
    })
  }

  async inbox({ auth, i18n }: HttpContext) {
    return { inbox: await staffConsole.inbox(auth.user!.id, i18n.locale) }
  }

  /** The console asks for work: waiting conversations up to the user's limit (auto-assign). */
  @inject()
  async autoAssign({ auth }: HttpContext, action: AutoAssignConversations) {
    const assigned = await action.handle(auth.user!.id)
    return { assigned: assigned.map((conversation) => conversation.id) }
  }

  async messages(ctx: HttpContext) {
    const conversation = await this.#conversation(ctx)
    const after = Number.parseInt(String(ctx.request.qs().after ?? '0'), 10)
    const rows = await conversationQueries.messagesSince(
      conversation,
      Number.isFinite(after) && after > 0 ? after : 0
    )
    return {
      conversation: staffConsole.dto(conversation, ctx.auth.user!.id, ctx.i18n.locale, ''),
      messages: rows.map(toMessageDto),
    }
  }

  @inject()
  async claim(ctx: HttpContext, action: ClaimConversation) {
    const conversation = await this.#conversation(ctx)
    try {
      await action.handle(conversation, ctx.auth.user!.id)
      return { claimed: true }
    } catch (error) {
      if (error instanceof ClaimRefusedError) {
        return ctx.response.conflict({ error: error.reason })
      }
      throw error
    }
  }

  @inject()
  async reply(ctx: HttpContext, action: StaffReply) {
    const conversation = await this.#conversation(ctx)
    const input = await ctx.request.validateUsing(staffReplyValidator)
    try {
      const { message, created } = await action.handle(conversation, {
        userId: ctx.auth.user!.id,
        body: input.body,
        clientId: input.clientId,
      })
      ctx.response.status(created ? 201 : 200)
      return { message: toMessageDto(message) }
    } catch (error) {
      if (error instanceof ReplyRefusedError) return ctx.response.conflict({ error: 'not_yours' })
      throw error
    }
  }

  async typing(ctx: HttpContext) {
    const conversation = await this.#conversation(ctx, false)
    if (conversation.status === 'active') {
      await conversationEvents.toConversation(conversation, { type: 'typing', author: 'staff' })
    }
    return ctx.response.noContent()
  }

  /** The assignee has seen everything up to `seq` (unread counts). */
  async read(ctx: HttpContext) {
    const conversation = await this.#conversation(ctx, false)
    const { seq } = await ctx.request.validateUsing(readUpToValidator)
    if (conversation.assigneeId === ctx.auth.user!.id && seq > conversation.staffReadSeq) {
      conversation.staffReadSeq = Math.min(seq, conversation.lastSeq)
      await conversation.save()
    }
    return ctx.response.noContent()
  }

  @inject()
  async transfer(ctx: HttpContext, action: TransferConversation) {
    const conversation = await this.#conversation(ctx)
    const input = await ctx.request.validateUsing(transferConversationValidator, {
      meta: { kommuneId: conversation.kommuneId },
    })
    const target = input.userId ? { userId: input.userId } : { kommuneId: input.kommuneId! }
    try {
      await action.handle(conversation, ctx.auth.user!.id, target)
      return { transferred: true }
    } catch (error) {
      if (error instanceof TransferRefusedError)
        return ctx.response.unprocessableEntity({ error: error.message })
      throw error
    }
  }

  @inject()
  async close(ctx: HttpContext, action: CloseConversation) {
    const conversation = await this.#conversation(ctx)
    const input = await ctx.request.validateUsing(closeConversationValidator, {
      meta: { kommuneId: conversation.kommuneId },
    })
    await action.handle(conversation, {
      by: 'staff',
      userId: ctx.auth.user!.id,
      outcome: input.outcome,
      guideId: input.guideId ?? null,
    })
    return { status: conversation.status }
  }

  /**
   * A conversation of any kommune the user serves. A hotline answering for
   * another kommune than the one it is signed in to is allowed but audited
   * (typing and read receipts excepted: they follow an audited open).
   */
  async #conversation(ctx: HttpContext, audited = true) {
    const ids = await servedKommuneIds(ctx.auth.user!.id)
    const conversation = await conversationQueries.forStaff(ids, Number(ctx.params.conversation))
    if (!conversation) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    if (audited && ctx.kommune && conversation.kommuneId !== ctx.kommune.id) {
      await auditRequest(ctx, 'tenancy.cross_kommune_access', {
        subject: { type: 'conversation', id: conversation.id },
        kommuneId: conversation.kommuneId,
        meta: { signedInKommuneId: ctx.kommune.id, route: ctx.route?.name ?? null },
      })
    }
    return conversation
  }
}
