import type SandboxMessage from '#models/sandbox_message'
import type { SandboxMessageDto } from '#channels/sandbox/outbox_types'

export type { SandboxMessageDto }

export function toSandboxMessageDto(message: SandboxMessage): SandboxMessageDto {
  return {
    id: message.id,
    channel: message.channel,
    from: message.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    status: message.status,
    segments: message.segments,
    receivedAt: message.createdAt.toISO()!,
  }
}
