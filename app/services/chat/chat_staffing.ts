import ChannelConnection from '#models/channel_connection'
import Conversation from '#models/conversation'

/** Open conversations per staff member when the kommune set nothing. */
export const DEFAULT_MAX_PER_STAFF = 4

export type ChatStaffing = { maxPerStaff: number; autoAssign: boolean }

/**
 * How a kommune staffs its chat (its chat connection's settings): the most
 * open conversations one staff member holds, and whether waiting ones are
 * handed out automatically.
 */
export const chatStaffing = {
  async forKommune(kommuneId: number): Promise<ChatStaffing> {
    const connection = await ChannelConnection.query()
      .forKommune(kommuneId)
      .where('plugin_id', 'chat')
      .first()
    const settings = connection?.readSettings<{ maxPerStaff?: unknown; autoAssign?: unknown }>()
    const max = Number(settings?.maxPerStaff)
    return {
      maxPerStaff: Number.isInteger(max) && max >= 1 ? max : DEFAULT_MAX_PER_STAFF,
      autoAssign: settings?.autoAssign === true || settings?.autoAssign === 'true',
    }
  },

  /** Conversations the user holds open now (any kommune: one person, one limit). */
  async openCount(userId: number) {
    const row = await Conversation.query()
      .where('assignee_id', userId)
      .where('status', 'active')
      .count('* as total')
      .first()
    return Number(row?.$extras.total ?? 0)
  },
}
