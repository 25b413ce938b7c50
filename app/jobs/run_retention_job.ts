import app from '@adonisjs/core/services/app'
import RunRetention from '#actions/privacy/run_retention'
import { Job, type JobPayload } from '#queue/job'

/**
 * The nightly retention run as a queue job (national work: each kommune's
 * own periods apply): `node ace privacy:retention --queue` from a daily
 * cron hands it to the workers.
 */
export default class RunRetentionJob extends Job<JobPayload> {
  static jobName = 'privacy.retention'

  async handle() {
    const run = await app.container.make(RunRetention)
    await run.handle({ dryRun: false })
  }
}
