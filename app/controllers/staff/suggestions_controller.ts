import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import Kommune from '#models/kommune'
import { conversationQueries } from '#services/chat/conversation_queries'
import { servedKommuneIds } from '#services/chat/staff_scope'
import SuggestionService from '#services/suggestions/suggestion_service'
import { wrongSuggestionValidator } from '#validators/suggestion_validator'

/**
 * The console's suggestions panel: the guides that best answer an open
 * conversation, and "this suggestion is wrong". Another kommune's
 * conversation is a 404, like every conversation call.
 */
export default class SuggestionsController {
  @inject()
  async index(ctx: HttpContext, suggestions: SuggestionService) {
    const { conversation, kommune } = await this.#conversation(ctx)
    return suggestions.forConversation(conversation, kommune)
  }

  @inject()
  async wrong(ctx: HttpContext, suggestions: SuggestionService) {
    const { conversation, kommune } = await this.#conversation(ctx)
    const { slug } = await ctx.request.validateUsing(wrongSuggestionValidator, {
      meta: { kommuneId: kommune.id },
    })
    await suggestions.markWrong(conversation, kommune, slug, ctx.auth.user!.id)
    return suggestions.forConversation(conversation, kommune)
  }

  async #conversation({ params, auth }: HttpContext) {
    const ids = await servedKommuneIds(auth.user!.id)
    const conversation = await conversationQueries.forStaff(ids, Number(params.conversation))
    if (!conversation) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    const kommune = await Kommune.findOrFail(conversation.kommuneId)
    return { conversation, kommune }
  }
}
