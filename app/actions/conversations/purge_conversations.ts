import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { crossKommune } from '#tenancy/cross_kommune'
import Conversation from '#models/conversation'
import ConversationMessage from '#models/conversation_message'
import Kommune from '#models/kommune'
import { retentionDaysFor } from '#privacy/retention/retention_policy'

export type PurgeLine = {
  kommune: string
  retentionDays: number
  conversations: number
  messages: number
  oldestClosedAt: string | null
}

const MS_FORMAT = 'yyyy-MM-dd HH:mm:ss.SSS'

/**
 * Retention: a conversation closed longer ago than its kommune's retention
 * period loses its messages and the citizen's details (contact, name,
 * topic, page, reply token). The conversation row and its inquiry stay, so
 * statistics are unchanged. `dryRun` lists what would go and touches
 * nothing. Safe to run again: purged conversations are not counted twice.
 */
export default class PurgeConversations {
  async handle(options: { dryRun: boolean; now?: DateTime }): Promise<PurgeLine[]> {
    const now = options.now ?? DateTime.utc()
    const lines: PurgeLine[] = []
    // Then every kommune is purged on its own, by its own retention period.
    const kommuneIds = await crossKommune(
      'retention runs for every kommune with closed chats',
      () => db.from('conversations').where('status', 'closed').distinct('kommune_id')
    )
    for (const { kommune_id: kommuneId } of kommuneIds) {
      const kommune = await Kommune.find(kommuneId)
      if (!kommune) continue
      const retentionDays = await retentionDaysFor(kommune, 'conversations')
      const due = await this.#due(kommune, now.minus({ days: retentionDays }))
      if (due.length === 0) continue
      const ids = due.map((conversation) => conversation.id)
      const counted = await ConversationMessage.query()
        .forKommune(kommune.id)
        .whereIn('conversation_id', ids)
        .count('* as total')
        .first()
      lines.push({
        kommune: kommune.name,
        retentionDays,
        conversations: ids.length,
        messages: Number(counted?.$extras.total ?? 0),
        oldestClosedAt: due[0].closedAt?.toISO() ?? null,
      })
      if (!options.dryRun) await this.#purge(kommune, ids)
    }
    return lines
  }

  /** Closed before the cutoff and not yet purged (still has lines or personal details). */
  #due(kommune: Kommune, cutoff: DateTime) {
    return Conversation.query()
      .forKommune(kommune.id)
      .withScopes((scopes) => scopes.closedWithCitizenData(cutoff.toFormat(MS_FORMAT)))
      .orderBy('closed_at')
  }

  async #purge(kommune: Kommune, ids: number[]) {
    await db.transaction(async (trx) => {
      await ConversationMessage.query({ client: trx })
        .forKommune(kommune.id)
        .whereIn('conversation_id', ids)
        .delete()
      await Conversation.query({ client: trx }).forKommune(kommune.id).whereIn('id', ids).update({
        contact: null,
        citizen_name: null,
        topic: null,
        page_url: null,
        page_title: null,
        reply_token: null,
      })
    })
  }
}
