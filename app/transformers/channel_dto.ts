import { localize } from '#channel_kit'
import type { ChannelPlugin } from '#channel_kit'
import type ChannelConnection from '#models/channel_connection'
import type Delivery from '#models/delivery'
import type Message from '#models/message'

/** An installed plugin as the admin overview shows it. */
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

/** One line of the admin's channel list: a plugin and the kommune's connection to it, if any. */
export type ChannelRow = { plugin: ChannelPluginDto; connection: ChannelConnectionDto | null }

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
  status: string
  attempts: number
  lastError: string | null
  externalId: string | null
  createdAt: string
  sentAt: string | null
  deliveredAt: string | null
  deliveries: DeliveryDto[]
}

const EXCERPT_LENGTH = 140

export function toChannelPluginDto(plugin: ChannelPlugin<any>, locale = 'da'): ChannelPluginDto {
  const { manifest } = plugin
  return {
    id: manifest.id,
    kind: manifest.kind,
    displayName: localize(manifest.displayName, locale),
    vendor: manifest.vendor,
    version: manifest.version,
    capabilities: {
      outbound: manifest.capabilities.outbound,
      inboundWebhook: manifest.capabilities.inboundWebhook,
      deliveryReceipts: manifest.capabilities.deliveryReceipts,
      richText: manifest.capabilities.richText,
      attachments: manifest.capabilities.attachments,
      maxBodyLength: manifest.capabilities.maxBodyLength,
    },
  }
}

export function toChannelConnectionDto(connection: ChannelConnection): ChannelConnectionDto {
  return {
    id: connection.id,
    pluginId: connection.pluginId,
    enabled: connection.enabled,
    configured: connection.configured,
    settingsVersion: connection.settingsVersion,
    updatedAt: connection.updatedAt.toISO()!,
  }
}

export function toDeliveryDto(delivery: Delivery): DeliveryDto {
  return {
    id: delivery.id,
    source: delivery.source,
    attempt: delivery.attempt,
    status: delivery.status,
    error: delivery.error,
    retryable: delivery.retryable,
    externalId: delivery.externalId,
    durationMs: delivery.durationMs,
    at: delivery.at.toISO()!,
  }
}

export function toMessageDto(message: Message, deliveries: Delivery[]): MessageDto {
  const text = message.text.replace(/\s+/g, ' ').trim()
  return {
    id: message.id,
    to: message.to,
    subject: message.subject,
    excerpt: text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text,
    status: message.status,
    attempts: message.attempts,
    lastError: message.lastError,
    externalId: message.externalId,
    createdAt: message.createdAt.toISO()!,
    sentAt: message.sentAt?.toISO() ?? null,
    deliveredAt: message.deliveredAt?.toISO() ?? null,
    deliveries: deliveries.map(toDeliveryDto),
  }
}
