import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import PurgeConversations from '#actions/conversations/purge_conversations'
import PurgeConversationsJob from '#jobs/purge_conversations_job'
import Queue from '#queue/queue'

/**
 * Transcript retention: deletes the messages and the citizen's details of
 * conversations closed longer ago than each kommune's retention period
 * (chat settings, default 180 days); inquiries and statistics stay. Run it
 * daily from cron; `--dry-run` lists what would go and changes nothing.
 */
export default class ConversationsPurge extends BaseCommand {
  static commandName = 'conversations:purge'
  static description = "Delete transcripts older than each kommune's retention period"
  static options: CommandOptions = { startApp: true }

  @flags.boolean({ description: 'List what would be deleted without deleting it' })
  declare dryRun: boolean

  @flags.boolean({ description: 'Hand the run to the queue workers instead of running it here' })
  declare queue: boolean

  async run() {
    if (this.queue && !this.dryRun) {
      const queue = await this.app.container.make(Queue)
      await queue.dispatch(PurgeConversationsJob, { kommuneId: null })
      this.logger.info('Queued conversations.purge')
      return
    }
    const lines = await new PurgeConversations().handle({ dryRun: Boolean(this.dryRun) })
    if (lines.length === 0) {
      this.logger.info('Nothing is older than its retention period')
      return
    }
    const table = this.ui.table()
    table.head(['Kommune', 'Retention (days)', 'Conversations', 'Messages', 'Oldest closed'])
    for (const line of lines) {
      table.row([
        line.kommune,
        String(line.retentionDays),
        String(line.conversations),
        String(line.messages),
        line.oldestClosedAt ?? '—',
      ])
    }
    table.render()
    this.logger.info(this.dryRun ? 'Dry run: nothing was deleted' : 'Deleted')
  }
}
