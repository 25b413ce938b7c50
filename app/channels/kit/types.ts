/**
 * The public contract of a Vejviser channel plugin (kit API 1.x).
 *
 * Partners write plugins against this file and ./main.ts only. Everything
 * here is versioned by KIT_API_VERSION: additive changes bump the minor,
 * anything else the major; a plugin declares the range it supports.
 */
import type { VineValidator } from '@vinejs/vine'

export type ChannelKind = 'chat' | 'email' | 'sms' | 'phone_callback' | (string & {})

export type ChannelCapabilities = {
  outbound: boolean
  inboundWebhook: boolean
  deliveryReceipts: boolean
  attachments: boolean
  richText: boolean
  /** Longest body the channel accepts (characters), or null for no limit. */
  maxBodyLength: number | null
  /** Free-form facts a channel wants to advertise (e.g. SMS encodings). */
  [extra: string]: unknown
}

export type ChannelManifest = {
  /** Must equal the plugin's folder name under plugins/. */
  id: string
  kind: ChannelKind
  displayName: string
  /** The plugin's own version (semver). */
  version: string
  /** Kit API versions the plugin works with, a semver range, e.g. "^1.0.0". */
  kitApi: string
  vendor: string
  capabilities: ChannelCapabilities
  /** Setting keys that are secrets: encrypted at rest, never logged or shown. */
  secrets: string[]
}

/** One message to deliver. `idempotencyKey` is stable across retries. */
export type OutboundMessage = {
  idempotencyKey: string
  to: string
  subject?: string | null
  text: string
  html?: string | null
  /** Opaque thread reference so replies can be matched (e-mail reply token). */
  replyToken?: string | null
  metadata?: Record<string, string>
}

export type SendResult = { externalId: string }

/** The raw HTTP request a webhook delivered, body untouched for signatures. */
export type RawInbound = {
  headers: Record<string, string | string[] | undefined>
  body: Buffer
  receivedAt: Date
}

export type InboundEvent =
  | {
      type: 'message'
      /** Provider's event id: deliveries with the same id are one event. */
      eventId: string
      from: string
      text: string
      subject?: string | null
      replyToken?: string | null
      receivedAt: Date
    }
  | {
      type: 'delivery_status'
      eventId: string
      externalId: string
      status: 'delivered' | 'failed'
      detail?: string | null
      at: Date
    }

export interface ChannelLogger {
  debug(message: string, data?: Record<string, unknown>): void
  info(message: string, data?: Record<string, unknown>): void
  warn(message: string, data?: Record<string, unknown>): void
  error(message: string, data?: Record<string, unknown>): void
}

/**
 * Live delivery to a citizen's open session (kit 1.2.0). The app decides
 * who may listen to a conversation; a plugin only says what to send.
 */
export interface RealtimePublisher {
  publishToConversation(conversationId: number, event: LiveEvent): void
}

/** One event for a live session: a committed message, typing, a status change. */
export type LiveEvent = { type: string; [field: string]: unknown }

/** Whether a live channel takes new conversations now (kit 1.2.0). */
export type Availability = {
  open: boolean
  /** Why it is closed: outside the opening hours, a closed day, or no hours set. */
  reason?: 'hours' | 'closed_day' | 'unconfigured'
}

/** What a driver gets when it is created for one kommune's connection. */
export type ChannelContext<Settings> = {
  /** `timezone` (IANA, e.g. Europe/Copenhagen) since kit 1.2.0. */
  kommune: { code: string; name: string; timezone?: string }
  connectionId: string
  settings: Settings
  /** Child logger that redacts every secret setting's value. */
  logger: ChannelLogger
  /** Injectable fetch (tests pass a fake or point at a local server). */
  fetch: typeof globalThis.fetch
  /** The public URL providers must post this connection's webhooks to. */
  webhookUrl: string
  /** Live delivery for channels of kind `chat` (since kit 1.2.0). */
  realtime?: RealtimePublisher
}

export interface ChannelDriver {
  send(message: OutboundMessage): Promise<SendResult>
  /** "Test connection": throws ChannelSendError when the settings do not work. */
  verify?(): Promise<void>
  inbound?: {
    /** True when the raw request is authentic (signature, timestamp). */
    verifySignature(raw: RawInbound): boolean | Promise<boolean>
    parse(raw: RawInbound): InboundEvent[] | Promise<InboundEvent[]>
  }
  /**
   * Live channels (kit 1.2.0): deliver an already committed event to the
   * citizen's open session. Must not throw for a citizen who left.
   */
  live?: {
    deliver(conversationId: number, event: LiveEvent): void
  }
  /** Live channels (kit 1.2.0): whether new conversations are taken at `at`. */
  availability?(at: Date): Availability
  /** Releases connections; safe to call more than once. */
  close?(): Promise<void>
}

export type ChannelHooks = {
  /** Runs once when the registry loads the plugin. */
  booted?(): void | Promise<void>
}

export type ChannelPlugin<Settings = Record<string, unknown>> = {
  manifest: ChannelManifest
  /** VineJS validator of the per-kommune settings (drives the admin form). */
  settings: VineValidator<any, any>
  /** Describes the settings form: field → label, type, help. */
  settingsForm: SettingsField[]
  createDriver(context: ChannelContext<Settings>): ChannelDriver | Promise<ChannelDriver>
  hooks?: ChannelHooks
}

export type SettingsField = {
  key: string
  label: string
  type: 'text' | 'password' | 'number' | 'email' | 'url' | 'boolean'
  help?: string
  required?: boolean
}
