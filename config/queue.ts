import env from '#start/env'
import app from '@adonisjs/core/services/app'
import type { QueueConfig } from '#queue/job_runner'

/**
 * Jobs: `inline` runs them in-process (default, no servers); `bullmq` uses
 * Redis and `node ace queue:work`. Every job class is listed here by its
 * `jobName`, lazily imported.
 */
const queueConfig: QueueConfig = {
  driver: env.get('QUEUE_DRIVER', 'inline'),
  prefix: env.get('QUEUE_PREFIX', app.inTest ? 'vejviser-test' : 'vejviser'),
  queueName: 'default',
  concurrency: 5,
  retry: { attempts: 5, backoffMs: app.inTest ? 20 : 1000 },
  redis: {
    host: env.get('REDIS_HOST', '127.0.0.1'),
    port: env.get('REDIS_PORT', 6379),
    password: env.get('REDIS_PASSWORD')?.release(),
  },
  outbox: {
    sweepMs: env.get('QUEUE_OUTBOX_SWEEP_MS', app.inTest ? 250 : 5000),
    staleMs: env.get('QUEUE_OUTBOX_STALE_MS', app.inTest ? 1000 : 60_000),
    dispatchTimeoutMs: 1000,
  },
  lockDurationMs: env.get('QUEUE_LOCK_MS', 30_000),
  jobs: {
    'audit.write': () => import('#jobs/write_audit_entry_job'),
    'search.index_guide': () => import('#jobs/index_guide_job'),
    'search.index_kommune': () => import('#jobs/index_kommune_job'),
    'search.record_miss': () => import('#jobs/record_search_miss_job'),
    'links.check': () => import('#jobs/check_self_service_links_job'),
    'channels.deliver_message': () => import('#jobs/deliver_message_job'),
    'channels.process_inbound_event': () => import('#jobs/process_inbound_event_job'),
    'stats.rollup_inquiry': () => import('#jobs/rollup_inquiry_job'),
    'conversations.purge': () => import('#jobs/purge_conversations_job'),
    'privacy.retention': () => import('#jobs/run_retention_job'),
  },
}

export default queueConfig
