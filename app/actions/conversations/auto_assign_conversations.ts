import { inject } from '@adonisjs/core'
import Conversation from '#models/conversation'
import ClaimConversation, { ClaimRefusedError } from '#actions/conversations/claim_conversation'
import { chatStaffing } from '#services/chat/chat_staffing'
import { servedKommuneIds } from '#services/chat/staff_scope'

/** A bound on claims per call, so one request never loops long. */
const MAX_ATTEMPTS = 20

/**
 * Automatic assignment: the staff member whose console asks (an open
 * console is our presence signal, which holds across app instances) gets
 * the longest-waiting conversations of the kommuner they serve that have
 * auto-assign on, until they hold their kommune's maximum. Each claim is
 * ClaimConversation's conditional update, so two consoles asking at once
 * never get the same conversation; one a colleague took first is skipped.
 */
@inject()
export default class AutoAssignConversations {
  constructor(private claim: ClaimConversation) {}

  async handle(userId: number): Promise<Conversation[]> {
    const kommuneIds = []
    for (const kommuneId of await servedKommuneIds(userId)) {
      const staffing = await chatStaffing.forKommune(kommuneId)
      if (staffing.autoAssign) kommuneIds.push(kommuneId)
    }
    if (kommuneIds.length === 0) return []
    const assigned: Conversation[] = []
    const skipped: number[] = []
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const next = await Conversation.query()
        .forKommuner(kommuneIds)
        .where('status', 'waiting')
        .whereNotIn('id', skipped.length ? skipped : [0])
        .orderBy('created_at')
        .orderBy('id')
        .first()
      if (!next) break
      try {
        assigned.push(await this.claim.handle(next, userId))
      } catch (error) {
        if (!(error instanceof ClaimRefusedError)) throw error
        if (error.reason === 'limit') break
        skipped.push(next.id)
      }
    }
    return assigned
  }
}
