import type Conversation from '#models/conversation'
import Inquiry from '#models/inquiry'
import Kommune from '#models/kommune'
import RateInquiry from '#actions/stats/rate_inquiry'

export class RatingRefusedError extends Error {}

/**
 * The citizen's 1–5 satisfaction answer at the end of a chat, once. It is
 * kept on the conversation and handed to the statistics (RateInquiry) for
 * the inquiry its closing registered.
 */
export default class RateConversation {
  async handle(conversation: Conversation, csat: number) {
    if (conversation.status !== 'closed' || conversation.csat !== null) {
      throw new RatingRefusedError('Only a closed, unrated conversation can be rated')
    }
    conversation.csat = csat
    await conversation.save()
    const inquiry = await Inquiry.query()
      .forKommune(conversation.kommuneId)
      .where('conversation_id', conversation.id)
      .first()
    if (inquiry) {
      await new RateInquiry().handle(
        await Kommune.findOrFail(conversation.kommuneId),
        inquiry.id,
        csat
      )
    }
    return conversation
  }
}
