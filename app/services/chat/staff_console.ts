import CannedResponse from '#models/canned_response'
import Kommune from '#models/kommune'
import Membership from '#models/membership'
import type Conversation from '#models/conversation'
import { appUrl } from '#config/app'
import { conversationQueries } from '#services/chat/conversation_queries'
import { ANSWERING_ROLES, servedKommuneIds } from '#services/chat/staff_scope'
import { toStaffConversationDto } from '#transformers/conversation_dto'
import type {
  CannedAnswerDto,
  ServedKommuneDto,
  StaffConversationDto,
} from '#transformers/conversation_types'
import { chatStaffing } from '#services/chat/chat_staffing'

/**
 * What the staff console shows: the kommuner the user serves (with their
 * colleagues, for transfers), the waiting queue of all of them, the user's
 * own open conversations, and the canned answers.
 */
export const staffConsole = {
  async kommuner(userId: number): Promise<ServedKommuneDto[]> {
    const ids = await servedKommuneIds(userId)
    if (ids.length === 0) return []
    const [kommuner, memberships] = await Promise.all([
      Kommune.query().whereIn('id', ids).orderBy('name'),
      Membership.query()
        .forKommuner(ids)
        .whereIn('role', [...ANSWERING_ROLES])
        .whereNot('user_id', userId)
        .preload('user'),
    ])
    return kommuner.map((kommune) => ({
      id: kommune.id,
      name: kommune.name,
      slug: kommune.slug,
      guideBaseUrl: `${appUrl.replace(/\/+$/, '')}/k/${kommune.slug}/vejledning`,
      colleagues: memberships
        .filter((membership) => membership.kommuneId === kommune.id)
        .map((membership) => ({ id: membership.userId, name: membership.user.fullName }))
        .filter((colleague, index, all) => all.findIndex((c) => c.id === colleague.id) === index),
    }))
  },

  async inbox(userId: number, locale: string): Promise<StaffConversationDto[]> {
    const ids = await servedKommuneIds(userId)
    const [rows, kommuner] = await Promise.all([
      conversationQueries.staffInbox(ids, userId),
      ids.length ? Kommune.query().whereIn('id', ids) : Promise.resolve([]),
    ])
    const names = new Map(kommuner.map((kommune) => [kommune.id, kommune.name]))
    return rows.map((row) => this.dto(row, userId, locale, names.get(row.kommuneId) ?? ''))
  },

  dto(conversation: Conversation, userId: number, locale: string, kommuneName: string) {
    return toStaffConversationDto(conversation, { userId, locale, kommuneName })
  },

  /** National answers, each replaced by a kommune's own with the same /code. */
  async cannedAnswers(kommuneId: number): Promise<CannedAnswerDto[]> {
    const rows = await CannedResponse.query()
      .where((scope) => scope.whereNull('kommune_id').orWhere('kommune_id', kommuneId))
      .orderBy('code')
    const byCode = new Map<string, CannedResponse>()
    for (const row of rows) {
      if (!byCode.has(row.code) || row.kommuneId !== null) byCode.set(row.code, row)
    }
    return [...byCode.values()].map((row) => ({ code: row.code, title: row.title, text: row.text }))
  },

  /**
   * The limit shown for the kommune the user works in now, and whether any
   * kommune they serve hands out conversations automatically.
   */
  async staffing(kommuneId: number, served: ServedKommuneDto[]) {
    const [own, ...all] = await Promise.all([
      chatStaffing.forKommune(kommuneId),
      ...served.map((kommune) => chatStaffing.forKommune(kommune.id)),
    ])
    return { maxConcurrent: own.maxPerStaff, autoAssign: all.some((one) => one.autoAssign) }
  },
}
