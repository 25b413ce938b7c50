import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import Conversation from '#models/conversation'
import ConversationMessage from '#models/conversation_message'
import Guide from '#models/guide'
import Inquiry from '#models/inquiry'
import type Kommune from '#models/kommune'
import Message from '#models/message'
import ServiceArea from '#models/service_area'
import User from '#models/user'
import { maskCprDeep } from '#privacy/mask_deep'

/**
 * One citizen case as it leaves Vejviser for the kommune's case system
 * (journalisering): the conversation, its lines, the system notes, the
 * guidance sent through it and the inquiry registered when it closed.
 * Every text is CPR-masked on the way out, whatever was stored.
 */
export type CaseFile = {
  format: 'vejviser.case/1'
  generatedAt: string
  generatedBy: { id: number; name: string }
  kommune: { code: string; name: string; timezone: string }
  conversation: {
    id: number
    channel: string
    status: string
    contact: string | null
    citizenName: string | null
    topic: string | null
    serviceArea: string | null
    guide: string | null
    pageUrl: string | null
    pageTitle: string | null
    assignee: string | null
    startedAt: string
    claimedAt: string | null
    firstResponseAt: string | null
    closedAt: string | null
    outcome: string | null
    csat: number | null
    previousConversationId: number | null
  }
  messages: { seq: number; at: string; author: string; staff: string | null; body: string }[]
  notes: { seq: number; at: string; note: string }[]
  guidanceSent: {
    at: string
    channel: string
    to: string
    subject: string | null
    status: string
    guide: string | null
  }[]
  inquiry: {
    id: number
    channel: string
    outcome: string
    startedAt: string
    endedAt: string
    waitSeconds: number | null
    firstResponseSeconds: number | null
    handleSeconds: number
    csat: number | null
  } | null
}

const iso = (value: DateTime | null) => (value ? value.toUTC().toISO()! : null)

@inject()
export default class CaseFileBuilder {
  /** The case of this kommune, or null: another kommune's conversation is not found. */
  async build(kommune: Kommune, conversationId: number, actor: User): Promise<CaseFile | null> {
    const conversation = await Conversation.query()
      .forKommune(kommune)
      .where('id', conversationId)
      .first()
    if (!conversation) return null
    const lines = await ConversationMessage.query()
      .forKommune(kommune)
      .where('conversation_id', conversation.id)
      .orderBy('seq')
    const staff = await this.#names(
      lines.map((line) => line.userId).concat(conversation.assigneeId)
    )
    const file: CaseFile = {
      format: 'vejviser.case/1',
      generatedAt: DateTime.utc().toISO()!,
      generatedBy: { id: actor.id, name: actor.fullName },
      kommune: { code: kommune.code, name: kommune.name, timezone: kommune.timezone },
      conversation: await this.#summary(conversation, staff),
      messages: lines
        .filter((line) => line.author !== 'system')
        .map((line) => ({
          seq: line.seq,
          at: iso(line.createdAt)!,
          author: line.author,
          staff: line.userId ? (staff.get(line.userId) ?? null) : null,
          body: line.body,
        })),
      notes: lines
        .filter((line) => line.author === 'system')
        .map((line) => ({ seq: line.seq, at: iso(line.createdAt)!, note: line.body })),
      guidanceSent: await this.#guidance(kommune, lines),
      inquiry: await this.#inquiry(kommune, conversation.id),
    }
    return maskCprDeep(file)
  }

  async #summary(conversation: Conversation, staff: Map<number, string>) {
    return {
      id: conversation.id,
      channel: conversation.channel,
      status: conversation.status,
      contact: conversation.contact,
      citizenName: conversation.citizenName,
      topic: conversation.topic,
      serviceArea: await this.#areaName(conversation.serviceAreaId),
      guide: await this.#guideTitle(conversation.guideId),
      pageUrl: conversation.pageUrl,
      pageTitle: conversation.pageTitle,
      assignee: conversation.assigneeId ? (staff.get(conversation.assigneeId) ?? null) : null,
      startedAt: iso(conversation.createdAt)!,
      claimedAt: iso(conversation.claimedAt),
      firstResponseAt: iso(conversation.firstResponseAt),
      closedAt: iso(conversation.closedAt),
      outcome: conversation.outcome,
      csat: conversation.csat,
      previousConversationId: conversation.previousConversationId,
    }
  }

  async #names(ids: (number | null)[]) {
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))]
    const users = wanted.length ? await User.query().whereIn('id', wanted) : []
    return new Map(users.map((user) => [user.id, user.fullName]))
  }

  async #areaName(id: number | null) {
    const area = id ? await ServiceArea.find(id) : null
    return area?.nameDa ?? null
  }

  async #guideTitle(id: number | null) {
    const guide = id ? await Guide.find(id) : null
    return guide?.title ?? null
  }

  /** E-mails and SMS that carried a staff answer of this conversation. */
  async #guidance(kommune: Kommune, lines: ConversationMessage[]) {
    const ids = lines.map((line) => line.messageId).filter((id): id is number => id !== null)
    if (ids.length === 0) return []
    const sent = await Message.query().forKommune(kommune).whereIn('id', ids).orderBy('id')
    const titles = new Map<number, string | null>()
    for (const message of sent) {
      if (message.guideId && !titles.has(message.guideId)) {
        titles.set(message.guideId, await this.#guideTitle(message.guideId))
      }
    }
    return sent.map((message) => ({
      at: iso(message.createdAt)!,
      channel: message.channel,
      to: message.to,
      subject: message.subject,
      status: message.status,
      guide: message.guideId ? (titles.get(message.guideId) ?? null) : null,
    }))
  }

  async #inquiry(kommune: Kommune, conversationId: number) {
    const inquiry = await Inquiry.query()
      .forKommune(kommune)
      .where('conversation_id', conversationId)
      .orderBy('id', 'desc')
      .first()
    if (!inquiry) return null
    return {
      id: inquiry.id,
      channel: inquiry.channel,
      outcome: inquiry.outcome,
      startedAt: iso(inquiry.startedAt)!,
      endedAt: iso(inquiry.endedAt)!,
      waitSeconds: inquiry.waitSeconds,
      firstResponseSeconds: inquiry.firstResponseSeconds,
      handleSeconds: inquiry.handleSeconds,
      csat: inquiry.csat,
    }
  }
}
