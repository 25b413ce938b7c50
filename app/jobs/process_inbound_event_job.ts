import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import ReceiveInboundMessage from '#actions/conversations/receive_inbound_message'
import Delivery from '#models/delivery'
import InboundEvent from '#models/inbound_event'
import Message from '#models/message'
import { Job, type JobPayload } from '#queue/job'

export interface ProcessInboundEventPayload extends JobPayload {
  kommuneId: number
  inboundEventId: number
}

const MS_FORMAT = 'yyyy-MM-dd HH:mm:ss.SSS'

/**
 * Acts on one stored webhook event. Delivery receipts move the message
 * they name (by the provider's external id, on the same connection) to
 * delivered or failed and add a `receipt` row to the delivery log.
 * Incoming citizen messages join their conversation (ReceiveInboundMessage).
 * An event is processed once: `processed_at` is claimed first.
 */
export default class ProcessInboundEventJob extends Job<ProcessInboundEventPayload> {
  static jobName = 'channels.process_inbound_event'

  async handle(payload: ProcessInboundEventPayload) {
    const claimedAt = DateTime.utc()
    const claimed = await db
      .from('inbound_events')
      .forKommune(payload.kommuneId)
      .where('id', payload.inboundEventId)
      .whereNull('processed_at')
      .update({ processed_at: claimedAt.toFormat(MS_FORMAT) })
    if (Number(Array.isArray(claimed) ? claimed[0] : claimed) !== 1) return

    const event = await InboundEvent.query()
      .forKommune(payload.kommuneId)
      .where('id', payload.inboundEventId)
      .firstOrFail()
    try {
      const error =
        event.type === 'delivery_status'
          ? await this.#deliveryStatus(event)
          : event.type === 'message'
            ? await this.#message(event)
            : null
      if (error) {
        event.error = error
        await event.save()
      }
    } catch (failure) {
      // Give the event back so the queue's retry processes it again.
      event.processedAt = null
      await event.save()
      throw failure
    }
  }

  /** A citizen's reply joins (or opens) a conversation in the kommune's inbox. */
  async #message(event: InboundEvent) {
    const action = await app.container.make(ReceiveInboundMessage)
    return action.handle(event)
  }

  /** Returns a problem to note on the event, or null. */
  async #deliveryStatus(event: InboundEvent): Promise<string | null> {
    const { externalId, status, detail, at } = event.payload as {
      externalId?: string
      status?: 'delivered' | 'failed'
      detail?: string | null
      at?: string
    }
    if (!externalId || (status !== 'delivered' && status !== 'failed')) {
      return 'Receipt without external id or status'
    }
    const message = await Message.query()
      .forKommune(event.kommuneId)
      .where('connection_id', event.connectionId)
      .where('external_id', externalId)
      .first()
    if (!message) return `No message with external id ${externalId}`

    const when = at ? DateTime.fromISO(at, { zone: 'utc' }) : event.receivedAt
    await Delivery.create({
      kommuneId: message.kommuneId,
      messageId: message.id,
      source: 'receipt',
      attempt: message.attempts,
      status,
      error: status === 'failed' ? (detail ?? 'The provider reported a failed delivery') : null,
      retryable: false,
      externalId,
      durationMs: null,
      at: when.isValid ? when : event.receivedAt,
    })
    if (status === 'delivered') {
      message.merge({ status: 'delivered', deliveredAt: when.isValid ? when : DateTime.utc() })
    } else {
      message.merge({
        status: 'failed',
        lastError: detail ?? 'The provider reported a failed delivery',
      })
    }
    await message.save()
    return null
  }
}
