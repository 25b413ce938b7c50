import { inject } from '@adonisjs/core'
import type { InboundEvent as KitInboundEvent, RawInbound } from '#channel_kit'
import channelManager from '#channels/channel_manager'
import ChannelConnection, { CONNECTION_ID_PATTERN } from '#models/channel_connection'
import { crossKommune } from '#tenancy/cross_kommune'
import InboundEvent from '#models/inbound_event'
import ProcessInboundEventJob from '#jobs/process_inbound_event_job'
import Queue from '#queue/queue'
import { DateTime } from 'luxon'

export type WebhookResult =
  | { outcome: 'not_found' }
  | { outcome: 'unauthorized' }
  | { outcome: 'invalid'; reason: string }
  | { outcome: 'accepted'; stored: number; duplicates: number }

/**
 * One provider POST to `/webhooks/channels/:connection`. The connection
 * must exist, be enabled and have an inbound side; the signature is checked
 * over the exact bytes before anything is parsed or stored. Each event is
 * stored once per (connection, provider event id) and processed by a job,
 * so the provider gets its 200 quickly and retries are harmless.
 */
@inject()
export default class ReceiveWebhook {
  constructor(private queue: Queue) {}

  async handle(connectionId: string, raw: RawInbound): Promise<WebhookResult> {
    if (!CONNECTION_ID_PATTERN.test(connectionId)) return { outcome: 'not_found' }
    // The webhook URL names the connection; its kommune comes from the row (signature checked next).
    const connection = await crossKommune('webhook finds its kommune from the connection', () =>
      ChannelConnection.find(connectionId)
    )
    if (!connection || !connection.enabled) return { outcome: 'not_found' }
    // A plugin that was uninstalled since has no webhook any more.
    if (!(await channelManager.isInstalled(connection.pluginId))) return { outcome: 'not_found' }
    const driver = await channelManager.driverFor(connection)
    if (!driver.inbound) return { outcome: 'not_found' }

    if (!(await driver.inbound.verifySignature(raw))) return { outcome: 'unauthorized' }
    let events: KitInboundEvent[]
    try {
      events = await driver.inbound.parse(raw)
    } catch (error) {
      return { outcome: 'invalid', reason: error instanceof Error ? error.message : 'unparsable' }
    }

    let stored = 0
    let duplicates = 0
    for (const event of events) {
      const row = await this.#store(connection, event, raw.receivedAt)
      if (!row) {
        duplicates++
        continue
      }
      stored++
      // Processing claims the event row, so a duplicate dispatch is harmless.
      await this.queue.dispatch(ProcessInboundEventJob, {
        kommuneId: row.kommuneId,
        inboundEventId: row.id,
      })
    }
    return { outcome: 'accepted', stored, duplicates }
  }

  /** The new row, or null when this event id was already received. */
  async #store(connection: ChannelConnection, event: KitInboundEvent, receivedAt: Date) {
    const eventId = String(event.eventId).slice(0, 255)
    const known = await InboundEvent.query()
      .forKommune(connection.kommuneId)
      .where('connection_id', connection.id)
      .where('event_id', eventId)
      .first()
    if (known) return null
    try {
      return await InboundEvent.create({
        connectionId: connection.id,
        kommuneId: connection.kommuneId,
        eventId,
        type: event.type,
        payload: JSON.parse(JSON.stringify(event)) as Record<string, unknown>,
        error: null,
        receivedAt: DateTime.fromJSDate(receivedAt, { zone: 'utc' }),
        processedAt: null,
      })
    } catch (error) {
      // The same event arriving twice at once: the unique index let one in.
      if (isUniqueViolation(error)) return null
      throw error
    }
  }
}

function isUniqueViolation(error: unknown) {
  const code = (error as { code?: string } | null)?.code ?? ''
  return code === 'ER_DUP_ENTRY' || code.startsWith('SQLITE_CONSTRAINT')
}
