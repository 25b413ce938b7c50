import type { Assert } from '@japa/assert'
import type { ChannelContext, ChannelDriver, ChannelPlugin, OutboundMessage } from '../types.js'
import type { CapturingLogger } from './capturing_logger.js'
import type { WebhookBody, WebhookSigner } from './webhooks.js'

/**
 * How the remote answers: `permanent_failure` is what a provider says when
 * trying again cannot help (HTTP 4xx, SMTP 5xx); `temporary_failure` when it
 * can (HTTP 5xx, SMTP 4xx); `rate_limited` (kit API 1.6.0, only asked of a
 * remote that declares `rateLimits`) is the provider's "slow down": HTTP
 * 429 with `Retry-After: <RATE_LIMIT_RETRY_AFTER_SECONDS>`.
 */
export type RemoteOutcome = 'success' | 'permanent_failure' | 'temporary_failure' | 'rate_limited'

/** The wait a `rate_limited` remote asks for; the driver's error must carry it. */
export const RATE_LIMIT_RETRY_AFTER_SECONDS = 7

/** One message as the remote received it, normalised by the scenario. */
export type ReceivedMessage = {
  to: string
  text: string
  subject?: string | null
  /**
   * What the provider deduplicates on, as it arrived there (an
   * `Idempotency-Key` header, a `userref`, a Message-ID). The suite checks a
   * retry carries the same one and a new message another.
   */
  idempotencyKey?: string | null
  raw?: unknown
}

export type ChannelContractScenarios = {
  /**
   * Settings input the validator accepts, pointing the plugin at the fake
   * remote. Called after `remote.start()`, so it may read the remote's port.
   */
  validSettings(): Record<string, unknown>
  /** Inputs the validator must refuse, each with the field it must blame. */
  invalidSettings(): { input: Record<string, unknown>; field: string }[]
  /**
   * Settings as older versions of the plugin stored them, each with its
   * schema version (kit API 1.6.0). Required when the plugin declares
   * `settingsSchema` above 1: each must upgrade to settings the validator accepts.
   */
  legacySettings?(): { version: number; settings: Record<string, unknown> }[]
  /** A message this channel can deliver (a valid recipient for it). */
  message(): OutboundMessage
  remote: {
    start(): Promise<void>
    stop(): Promise<void>
    /** How the remote answers from now on (send and verify alike). */
    respondWith(outcome: RemoteOutcome): void
    /** What the remote accepted since the last reset. */
    received(): ReceivedMessage[] | Promise<ReceivedMessage[]>
    /** Forget received messages and answer `success` again. */
    reset(): void
    /** Connections a client holds open to the remote now (checks close() releases them). */
    openConnections?(): number | Promise<number>
    /**
     * The remote can answer `rate_limited` (an HTTP provider: 429 with
     * Retry-After). The suite then requires the wait on the driver's error.
     */
    rateLimits?: boolean
  }
  /** Fetch handed to the driver; globalThis.fetch by default. */
  fetch?: typeof globalThis.fetch
  /** Required when the manifest declares `inboundWebhook`. */
  webhooks?: {
    /** How the provider signs a request (the suite forges from it). */
    sign: WebhookSigner
    /** Genuine payloads (the suite signs them); together they must give events. */
    payloads(settings: any): WebhookBody[] | Promise<WebhookBody[]>
    /** Headers every genuine request carries besides the signature (content-type…). */
    headers?: Record<string, string>
    /** Whether the scheme is timestamped and refuses replays (default true). */
    refusesReplays?: boolean
    /**
     * Bodies `parse` must refuse by throwing (the webhook route answers 400).
     * Default: truncated JSON and plain text. `[]` for formats that take any
     * bytes (MIME); the suite then still requires no events from garbage.
     */
    malformed?: WebhookBody[]
    /** A well-formed payload of an event the plugin does not know: `parse` gives []. */
    unknown?: WebhookBody
  }
}

export type ChannelPluginContractOptions = {
  plugin: ChannelPlugin<any>
  scenarios: ChannelContractScenarios
  /** The plugin's installed id; the manifest id must equal it. Defaults to manifest.id. */
  id?: string
}

export type OpenedDriver = {
  driver: ChannelDriver
  settings: any
  logger: CapturingLogger
  context: ChannelContext<any>
}

/** What every check gets: the plugin, its scenarios and a way to open a driver. */
export type ContractEnv = {
  id: string
  plugin: ChannelPlugin<any>
  scenarios: ChannelContractScenarios
  openDriver(cleanup: Cleanup, connectionId?: string): Promise<OpenedDriver>
}

export type Cleanup = (handler: () => unknown | Promise<unknown>) => void

export type ContractCheck = {
  title: string
  /** Why the check does not apply to this plugin, or null. */
  skip?(env: ContractEnv): string | null
  run(assert: Assert, env: ContractEnv, cleanup: Cleanup): unknown | Promise<unknown>
}
