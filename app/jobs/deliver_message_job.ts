import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { ChannelSendError } from '#channel_kit'
import channelManager from '#channels/channel_manager'
import ChannelConnection from '#models/channel_connection'
import Delivery from '#models/delivery'
import Message from '#models/message'
import { Job, type JobPayload } from '#queue/job'
import env from '#start/env'

export interface DeliverMessagePayload extends JobPayload {
  kommuneId: number
  messageId: number
}

/** Longest error text we keep per attempt (provider bodies can be long). */
const MAX_ERROR_LENGTH = 2000

/**
 * A message stuck in `sending` this long is taken to be from a worker that
 * died mid-send and may be tried again (the provider deduplicates by the
 * idempotency key).
 */
const STALE_SENDING_MS = env.get('DELIVERY_STALE_MS', 10 * 60_000)

/**
 * Delivers one message through its connection's driver. Safe to run twice:
 * a conditional update claims the message (queued → sending) before the
 * driver is called, so a duplicated or retried job never sends a message
 * that was sent or is being sent. A retryable failure re-queues the
 * message and throws, so the queue retries with exponential backoff; a
 * non-retryable one, or the last attempt, marks it failed.
 */
export default class DeliverMessageJob extends Job<DeliverMessagePayload> {
  static jobName = 'channels.deliver_message'
  static retry = { attempts: 5 }

  async handle(payload: DeliverMessagePayload) {
    const attempt = await this.#claim(payload)
    if (attempt === null) return
    const message = await Message.query()
      .forKommune(payload.kommuneId)
      .where('id', payload.messageId)
      .firstOrFail()
    const started = Date.now()
    try {
      const connection = await ChannelConnection.query()
        .forKommune(payload.kommuneId)
        .where('id', message.connectionId)
        .firstOrFail()
      if (!connection.enabled) {
        throw new ChannelSendError('The connection is disabled', { retryable: false })
      }
      const driver = await channelManager.driverFor(connection)
      const { externalId } = await driver.send({
        idempotencyKey: message.idempotencyKey,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        replyToken: message.replyToken,
        metadata: { messageId: String(message.id) },
      })
      await this.#record(message, attempt, started, { status: 'sent', externalId })
      message.merge({ status: 'sent', externalId, lastError: null, sentAt: DateTime.utc() })
      await message.save()
    } catch (error) {
      const retryable = error instanceof ChannelSendError ? error.retryable : true
      const text = errorText(error)
      const final = !retryable || attempt >= DeliverMessageJob.maxAttempts()
      await this.#record(message, attempt, started, {
        status: 'failed',
        error: text,
        retryable,
      })
      message.merge({ status: final ? 'failed' : 'queued', lastError: text })
      await message.save()
      if (!final) throw error
    }
  }

  static maxAttempts() {
    return this.retry.attempts
  }

  /**
   * Takes the message for this attempt; returns the attempt number, or
   * null when there is nothing to do (sent, delivered, failed, or another
   * worker is sending it right now).
   */
  async #claim(payload: DeliverMessagePayload): Promise<number | null> {
    const now = DateTime.utc()
    const stale = now.minus({ milliseconds: STALE_SENDING_MS })
    const claimed = await db
      .from('messages')
      .forKommune(payload.kommuneId)
      .where('id', payload.messageId)
      .where((query) => {
        query
          .where('status', 'queued')
          .orWhere((sending) =>
            sending
              .where('status', 'sending')
              .where('updated_at', '<', stale.toFormat('yyyy-MM-dd HH:mm:ss.SSS'))
          )
      })
      .update({
        status: 'sending',
        attempts: db.raw('attempts + 1'),
        updated_at: now.toFormat('yyyy-MM-dd HH:mm:ss.SSS'),
      })
    if (Number(Array.isArray(claimed) ? claimed[0] : claimed) !== 1) return null
    const row = await db
      .from('messages')
      .forKommune(payload.kommuneId)
      .where('id', payload.messageId)
      .select('attempts')
      .first()
    return Number(row.attempts)
  }

  #record(
    message: Message,
    attempt: number,
    started: number,
    result: { status: 'sent' | 'failed'; externalId?: string; error?: string; retryable?: boolean }
  ) {
    return Delivery.create({
      kommuneId: message.kommuneId,
      messageId: message.id,
      source: 'attempt',
      attempt,
      status: result.status,
      error: result.error ?? null,
      retryable: result.retryable ?? false,
      externalId: result.externalId ?? null,
      durationMs: Date.now() - started,
      at: DateTime.utc(),
    })
  }
}

function errorText(error: unknown) {
  const text = error instanceof Error ? error.message : String(error)
  return text.slice(0, MAX_ERROR_LENGTH)
}
