/**
 * The public contract of a Vejviser channel plugin (kit API 1.x).
 *
 * Partners write plugins against this file and ./main.ts only. Everything
 * here is versioned by KIT_API_VERSION: additive changes bump the minor,
 * anything else the major; a plugin declares the range it supports.
 */
import type { VineValidator } from '@vinejs/vine'

export type ChannelKind = 'chat' | 'email' | 'sms' | 'phone_callback' | (string & {})

/** The UI languages every plugin text must exist in (kit API 1.3.0). */
export type KitLocale = 'da' | 'sv' | 'en'

/**
 * A text shown to people: one per UI language (`{ da, sv, en }`), or a
 * plain string (kit API 1.0/1.1 plugins; shown as is in every language).
 * The contract suite requires the per-language form.
 */
export type Translated = string | ({ da: string; sv: string; en: string } & Record<string, string>)

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
  displayName: Translated
  /** The plugin's own version (semver). */
  version: string
  /** Kit API versions the plugin works with, a semver range, e.g. "^1.0.0". */
  kitApi: string
  vendor: string
  capabilities: ChannelCapabilities
  /** Setting keys that are secrets: encrypted at rest, never logged or shown. */
  secrets: string[]
  /**
   * Who wrote it (kit API 1.4.0). `partner` plugins run in their own
   * process under Node's permission model (plugins/README.md, "The fence");
   * absent means first party, in the app's process.
   */
  trust?: 'first_party' | 'partner'
  /**
   * The host names the plugin's `context.fetch` may reach (kit API 1.4.0);
   * enforced for partner plugins, whatever their settings say.
   */
  outboundHosts?: string[]
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

/**
 * Settings migrations between plugin versions (kit API 1.6.0). `version`
 * is the shape of the settings this plugin version validates (a positive
 * integer; a plugin without `settingsSchema` is at 1). When the app loads a
 * connection whose settings were stored at an older version, it calls
 * `upgrade(settings, fromVersion)` once, stores the result (validated by
 * `settings`) and records the new version; never again for those settings.
 * Keep every old step: a connection may skip versions.
 */
export type SettingsSchema = {
  version: number
  upgrade(
    settings: Record<string, unknown>,
    fromVersion: number
  ): Record<string, unknown> | Promise<Record<string, unknown>>
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
  /**
   * Validation and error messages per VineJS rule, optionally per field
   * (`"senderName.regex"` before `"regex"`), translated. `{field}` is the
   * field's label; a rule's own values (`{min}`, `{max}`) fill in too.
   * Rules without a message here get the app's own wording.
   */
  messages?: Record<string, Translated>
  createDriver(context: ChannelContext<Settings>): ChannelDriver | Promise<ChannelDriver>
  /** Settings migrations between plugin versions (kit API 1.6.0). */
  settingsSchema?: SettingsSchema
  hooks?: ChannelHooks
}

export type SettingsField = {
  key: string
  label: Translated
  /**
   * `weekly_hours` (kit API 1.5.0): JSON text `{"mon":["08:00","15:00"],…}`
   * edited as a row per weekday. `dated_hours` (1.5.0): JSON text
   * `{"2026-12-24":null,"2026-12-23":["09:00","12:00"]}` (null = closed)
   * edited as a list of dates. The plugin validates the text as before.
   */
  type:
    | 'text'
    | 'password'
    | 'number'
    | 'email'
    | 'url'
    | 'boolean'
    | 'select'
    | 'weekly_hours'
    | 'dated_hours'
  help?: Translated
  /** Example text shown in the empty input (kit API 1.3.0). */
  placeholder?: Translated
  required?: boolean
  /** The value a new connection's form starts with (kit API 1.3.0; never for secrets). */
  default?: string | number | boolean
  /** The choices of a `select` field (kit API 1.3.0). */
  options?: { value: string; label: Translated }[]
}
