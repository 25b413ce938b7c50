import type Conversation from '#models/conversation'
import type ConversationMessage from '#models/conversation_message'
import type { ConversationMessageDto, StaffConversationDto } from '#transformers/conversation_types'

export type * from '#transformers/conversation_types'

export function toMessageDto(message: ConversationMessage): ConversationMessageDto {
  return {
    seq: message.seq,
    author: message.author,
    body: message.body,
    clientId: message.clientId,
    createdAt: message.createdAt.toUTC().toISO()!,
  }
}

export function toStaffConversationDto(
  conversation: Conversation,
  options: { userId: number; locale: string; kommuneName: string }
): StaffConversationDto {
  const assignee = conversation.assigneeId ? conversation.assignee : null
  const mine = conversation.assigneeId === options.userId
  return {
    id: conversation.id,
    kommune: { id: conversation.kommuneId, name: options.kommuneName },
    channel: conversation.channel,
    status: conversation.status,
    citizenName: conversation.citizenName,
    contact: conversation.contact,
    topic: conversation.topic,
    serviceArea: conversation.serviceArea?.nameIn(options.locale) ?? null,
    pageUrl: conversation.pageUrl,
    pageTitle: conversation.pageTitle,
    assignee: assignee ? { id: assignee.id, name: assignee.fullName ?? assignee.email } : null,
    mine,
    lastSeq: conversation.lastSeq,
    unread: mine ? Math.max(0, conversation.lastSeq - conversation.staffReadSeq) : 0,
    createdAt: conversation.createdAt.toUTC().toISO()!,
    claimedAt: conversation.claimedAt?.toUTC().toISO() ?? null,
    previousConversationId: conversation.previousConversationId,
  }
}
