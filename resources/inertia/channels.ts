/**
 * Channels and the callback queue as pages see them (mirrors
 * app/transformers/channel_dto.ts, callback_dto.ts and
 * app/channels/connection_settings.ts; kept by hand so the client build
 * stays free of server imports).
 */
export type ChannelPluginDto = {
  id: string
  kind: string
  displayName: string
  vendor: string
  version: string
  capabilities: {
    outbound: boolean
    inboundWebhook: boolean
    deliveryReceipts: boolean
    richText: boolean
    attachments: boolean
    maxBodyLength: number | null
  }
}

export type ChannelConnectionDto = {
  id: string
  pluginId: string
  enabled: boolean
  configured: boolean
  settingsVersion: number
  updatedAt: string
}

export type ChannelRow = { plugin: ChannelPluginDto; connection: ChannelConnectionDto | null }

export type SettingsFieldDto = {
  key: string
  label: string
  type: 'text' | 'password' | 'number' | 'email' | 'url' | 'boolean' | 'select'
  help: string | null
  placeholder: string | null
  options: { value: string; label: string }[]
  required: boolean
  secret: boolean
  value: string | number | boolean | null
  secretSet: boolean
}

export type DeliveryDto = {
  id: number
  source: 'attempt' | 'receipt'
  attempt: number
  status: string
  error: string | null
  retryable: boolean
  externalId: string | null
  durationMs: number | null
  at: string
}

export type MessageDto = {
  id: number
  to: string
  subject: string | null
  excerpt: string
  status: 'queued' | 'sending' | 'sent' | 'delivered' | 'failed'
  attempts: number
  lastError: string | null
  externalId: string | null
  createdAt: string
  sentAt: string | null
  deliveredAt: string | null
  deliveries: DeliveryDto[]
}

export type CallbackRequestDto = {
  id: number
  phone: string
  callUrl: string
  windowStart: string
  windowEnd: string
  topic: string
  serviceArea: string | null
  status: 'open' | 'claimed' | 'done' | 'cancelled'
  outcome: 'reached' | 'not_reached' | 'cancelled' | null
  attempts: number
  nextAttemptAt: string
  claimedBy: { id: number; name: string } | null
  claimedByMe: boolean
  notes: string | null
}

const KNOWN_KINDS = ['email', 'sms', 'chat', 'phone_callback']

/** A plugin's kind in the UI language; kinds we have no words for are shown as they are. */
export function channelKind(t: (key: string) => string, kind: string) {
  return KNOWN_KINDS.includes(kind) ? t(`channels_admin.kinds.${kind}`) : kind
}
