import PurgeConversations from '#actions/conversations/purge_conversations'
import { Job, type JobPayload } from '#queue/job'

/**
 * The retention run as a queue job (national work: every kommune's own
 * retention period applies): `node ace conversations:purge --queue` from
 * a daily cron hands it to the workers; without `--queue` the command runs
 * it in the foreground (and `--dry-run` only lists).
 */
export default class PurgeConversationsJob extends Job<JobPayload> {
  static jobName = 'conversations.purge'

  async handle() {
    await new PurgeConversations().handle({ dryRun: false })
  }
}
