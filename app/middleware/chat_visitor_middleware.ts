import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors } from '@adonisjs/core'
import Kommune from '#models/kommune'
import type Conversation from '#models/conversation'
import { chatTokens } from '#services/chat/chat_tokens'
import { conversationQueries } from '#services/chat/conversation_queries'
import { enterTenant } from '#tenancy/enter_tenant'

/**
 * The citizen chat API: `Authorization: Bearer <visitor token>` must be a
 * token we signed for exactly the `:conversation` in the path. Anything
 * else — no token, another visitor's token, another kommune's id — is the
 * same 404, so ids cannot be probed.
 */
export default class ChatVisitorMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const header = ctx.request.header('authorization') ?? ''
    const claims = chatTokens.readVisitor(header.replace(/^Bearer\s+/i, ''))
    if (!claims || String(claims.conversationId) !== String(ctx.params.conversation)) {
      throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    }
    const conversation = await conversationQueries.forVisitor(claims)
    const kommune = conversation ? await Kommune.find(conversation.kommuneId) : null
    if (!conversation || !kommune) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    ctx.conversation = conversation
    return enterTenant(ctx, kommune, undefined, next)
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    /** The visitor's own conversation (citizen chat API). */
    conversation?: Conversation
  }
}
