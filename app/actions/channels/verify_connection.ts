import logger from '@adonisjs/core/services/logger'
import { ChannelSendError } from '#channel_kit'
import type { ChannelPlugin } from '#channel_kit'
import channelManager from '#channels/channel_manager'
import { withoutSecrets } from '#channels/connection_settings'
import { OutboundAddressRefused } from '#channels/outbound_policy'
import type ChannelConnection from '#models/channel_connection'
import { maskCpr } from '#support/mask_cpr'

/** Why a test failed, in words the page translates; never the provider's own text. */
export type VerifyFailure = 'not_configured' | 'refused_address' | 'provider_status' | 'unreachable'

export type VerifyResult =
  | { outcome: 'ok' }
  | { outcome: 'unsupported' }
  | { outcome: 'failed'; reason: VerifyFailure; status: number | null }

/**
 * "Test connection": asks the driver to check its settings against the
 * provider (`verify()`). The admin learns only a generic reason and the
 * HTTP status: echoing the provider's answer let an admin read internal
 * services through a base URL. The details go to the server log, with
 * secrets and CPR numbers masked.
 */
export default class VerifyConnection {
  async handle(connection: ChannelConnection, plugin: ChannelPlugin<any>): Promise<VerifyResult> {
    if (!connection.configured) return { outcome: 'failed', reason: 'not_configured', status: null }
    try {
      const driver = await channelManager.driverFor(connection)
      if (!driver.verify) return { outcome: 'unsupported' }
      await driver.verify()
      return { outcome: 'ok' }
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error)
      logger.warn(
        { channel: plugin.manifest.id, connectionId: connection.id },
        `channel test failed: ${maskCpr(withoutSecrets(plugin, connection.readSettings(), text))}`
      )
      return { outcome: 'failed', ...classify(error) }
    }
  }
}

function classify(error: unknown): { reason: VerifyFailure; status: number | null } {
  if (causedByRefusal(error)) return { reason: 'refused_address', status: null }
  const status = error instanceof ChannelSendError ? error.status : null
  return status ? { reason: 'provider_status', status } : { reason: 'unreachable', status: null }
}

/** Drivers wrap fetch errors (which wrap the lookup's): look down the cause chain. */
function causedByRefusal(error: unknown, depth = 0): boolean {
  if (error instanceof OutboundAddressRefused) return true
  if (error instanceof ChannelSendError && error.message.startsWith('Outbound address refused')) {
    return true
  }
  if (depth > 5 || !(error instanceof Error)) return false
  return causedByRefusal(error.cause, depth + 1)
}
