import { randomUUID } from 'node:crypto'
import { inject } from '@adonisjs/core'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Queue from '#queue/queue'
import channelManager from '#channels/channel_manager'
import type ChannelConnection from '#models/channel_connection'
import Message from '#models/message'
import DeliverMessageJob from '#jobs/deliver_message_job'

export type SendMessageInput = {
  connection: ChannelConnection
  to: string
  subject?: string | null
  text: string
  html?: string | null
  replyToken?: string | null
  guideId?: number | null
  userId?: number | null
  /**
   * Stable key for this message; a second call with the same key returns
   * the first message instead of sending again. Generated when omitted.
   */
  idempotencyKey?: string
}

/** The connection cannot send: disabled, or its plugin has no outbound side. */
export class ChannelUnavailableError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ChannelUnavailableError'
  }
}

/**
 * Queues one message on a kommune's connection: writes the row (in the
 * caller's transaction when given) and dispatches its delivery only after
 * that transaction commits, so the job never looks for a row that is not
 * there yet — and nothing is sent for a rolled-back change.
 */
@inject()
export default class SendMessage {
  constructor(private queue: Queue) {}

  async handle(input: SendMessageInput, options: { trx?: TransactionClientContract } = {}) {
    const { connection } = input
    const { trx } = options
    if (!connection.enabled) {
      throw new ChannelUnavailableError(`Connection ${connection.pluginId} is disabled`)
    }
    const plugin = await channelManager.pluginFor(connection)
    if (!plugin.manifest.capabilities.outbound) {
      throw new ChannelUnavailableError(`${plugin.manifest.id} cannot send messages`)
    }
    const max = plugin.manifest.capabilities.maxBodyLength
    if (max !== null && input.text.length > max) {
      throw new ChannelUnavailableError(`${plugin.manifest.id} accepts at most ${max} characters`)
    }

    const idempotencyKey = input.idempotencyKey ?? randomUUID()
    const existing = await Message.query({ client: trx })
      .forKommune(connection.kommuneId)
      .where('idempotency_key', idempotencyKey)
      .first()
    if (existing) return existing

    const message = new Message().merge({
      kommuneId: connection.kommuneId,
      connectionId: connection.id,
      channel: plugin.manifest.kind,
      idempotencyKey,
      to: input.to,
      subject: input.subject ?? null,
      text: input.text,
      html: input.html ?? null,
      replyToken: input.replyToken ?? null,
      status: 'queued',
      externalId: null,
      attempts: 0,
      lastError: null,
      guideId: input.guideId ?? null,
      userId: input.userId ?? null,
    })
    if (trx) message.useTransaction(trx)
    await message.save()

    // No queue-level job id: the job itself is idempotent (it claims the row first).
    const dispatch = () =>
      this.queue.dispatch(DeliverMessageJob, {
        kommuneId: message.kommuneId,
        messageId: message.id,
      })
    if (trx) trx.after('commit', dispatch)
    else await dispatch()
    return message
  }
}
