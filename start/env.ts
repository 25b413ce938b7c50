/*
|--------------------------------------------------------------------------
| Environment variables
|--------------------------------------------------------------------------
|
| Every variable the app reads is validated here once at boot. Driver
| choices (database, queue, rate-limit store, search) are plain env values
| read in config/; nothing else in the app knows which driver runs.
*/
import { Env } from '@adonisjs/core/env'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
  PORT: Env.schema.number(),
  HOST: Env.schema.string({ format: 'host' }),
  APP_KEY: Env.schema.secret(),
  APP_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  LOG_LEVEL: Env.schema.string(),
  /**
   * Stack traces and source in error responses. Only for a developer's own
   * machine: the demo and production show plain error pages.
   */
  APP_DEBUG: Env.schema.boolean.optional(),
  /** Two pairs of eyes on national guides (config/editorial.ts); default true. */
  EDITORIAL_SECOND_APPROVER: Env.schema.boolean.optional(),
  /**
   * Proxies whose X-Forwarded-For we believe: comma-separated addresses or
   * CIDR ranges (e.g. `10.0.0.0/8,127.0.0.1`), or the keywords `loopback`,
   * `linklocal`, `uniquelocal`. Empty (the default) trusts none, so the
   * client address is the TCP peer's and a forged header changes nothing.
   */
  TRUSTED_PROXIES: Env.schema.string.optional(),
  /**
   * Hosts a kommune's channel settings may point at although they resolve to
   * loopback/private/link-local addresses (comma-separated host names or
   * addresses, e.g. `127.0.0.1,sms-gateway.intern`). Empty in production.
   */
  CHANNEL_OUTBOUND_ALLOWLIST: Env.schema.string.optional(),
  /** Bearer token that unlocks the details of GET /health (checks, drivers, counts). */
  HEALTH_TOKEN: Env.schema.secret.optional(),

  /**
   * Where sessions live, always server-side so logout revokes them:
   * `database` (default; the demo), `redis` (production, several app
   * instances), `memory` (tests: loginAs needs it). `cookie` from older .env
   * files is read as `database`.
   */
  SESSION_DRIVER: Env.schema.enum.optional(['database', 'redis', 'memory', 'cookie'] as const),

  DB_CONNECTION: Env.schema.enum.optional(['sqlite', 'mysql'] as const),
  SQLITE_FILE: Env.schema.string.optional(),
  DB_HOST: Env.schema.string.optional({ format: 'host' }),
  DB_PORT: Env.schema.number.optional(),
  DB_USER: Env.schema.string.optional(),
  DB_PASSWORD: Env.schema.secret.optional(),
  DB_DATABASE: Env.schema.string.optional(),
  DB_READ_HOSTS: Env.schema.string.optional(),

  REDIS_HOST: Env.schema.string.optional({ format: 'host' }),
  REDIS_PORT: Env.schema.number.optional(),
  REDIS_PASSWORD: Env.schema.secret.optional(),
  REDIS_LIMITER_DB: Env.schema.number.optional(),

  QUEUE_DRIVER: Env.schema.enum.optional(['inline', 'bullmq'] as const),
  QUEUE_PREFIX: Env.schema.string.optional(),
  QUEUE_OUTBOX_SWEEP_MS: Env.schema.number.optional(),
  QUEUE_OUTBOX_STALE_MS: Env.schema.number.optional(),
  QUEUE_LOCK_MS: Env.schema.number.optional(),
  DELIVERY_STALE_MS: Env.schema.number.optional(),
  SEARCH_INDEX_BUS: Env.schema.enum.optional(['redis', 'none'] as const),
  /** Public API budget per client IP and minute (benchmarks raise it). */
  PUBLIC_API_RATE_LIMIT: Env.schema.number.optional(),
  LIMITER_STORE: Env.schema.enum.optional(['memory', 'redis'] as const),
  /** Repeat citizen-cache invalidations on every instance through Redis pub/sub. */
  PUBLIC_CACHE_BUS: Env.schema.enum.optional(['memory', 'redis'] as const),
  TRANSMIT_TRANSPORT: Env.schema.enum.optional(['memory', 'redis'] as const),

  SEARCH_DRIVER: Env.schema.enum.optional(['embedded', 'meilisearch'] as const),
  MEILISEARCH_HOST: Env.schema.string.optional({ format: 'url', tld: false }),
  MEILISEARCH_KEY: Env.schema.secret.optional(),
  MEILISEARCH_INDEX_PREFIX: Env.schema.string.optional(),

  DRIVE_DISK: Env.schema.enum.optional(['fs'] as const),

  CHROMIUM_PATH: Env.schema.string.optional(),

  /** The demo's local e-mail/SMS sandbox (see config/sandbox.ts). */
  CHANNEL_SANDBOX: Env.schema.boolean.optional(),
  SANDBOX_SMTP_PORT: Env.schema.number.optional(),
  SANDBOX_SMS_PORT: Env.schema.number.optional(),
})
