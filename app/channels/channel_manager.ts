import logger from '@adonisjs/core/services/logger'
import { appUrl } from '#config/app'
import channelRegistry from '#channels/registry'
import { createChannelContext } from '#channels/channel_context'
import { upgradeConnectionSettings } from '#channels/settings_upgrade'
import { outboundPolicy } from '#channels/outbound_policy'
import { ChannelSendError } from '#channel_kit'
import type { ChannelDriver, ChannelPlugin, OutboundMessage, SendResult } from '#channel_kit'
import type ChannelConnection from '#models/channel_connection'
import Kommune from '#models/kommune'
import { conversationRealtime } from '#services/chat/chat_channels'

type CachedDriver = { version: number; driver: Promise<ChannelDriver> }

/** One send the fake captured. */
export type RecordedSend = {
  connectionId: string
  pluginId: string
  kommuneId: number
  message: OutboundMessage
  externalId: string
}

type Failure = { retryable: boolean; message: string; times: number; retryAfterMs?: number }

/**
 * What `channelManager.fake()` returns: a recorder standing in for every
 * driver's `send` and `verify`. Inbound (signatures, parsing) still runs
 * through the real plugin, so webhook tests exercise real code.
 */
export class FakeChannels {
  readonly sent: RecordedSend[] = []
  /** Calls of `send`, failed ones included. */
  calls = 0
  #failures: Failure[] = []
  #verifyError: ChannelSendError | null = null

  /** The next `times` sends (all, when omitted) throw a ChannelSendError. */
  failWith(options: {
    retryable: boolean
    message?: string
    times?: number
    retryAfterMs?: number
  }) {
    this.#failures.push({
      retryable: options.retryable,
      retryAfterMs: options.retryAfterMs,
      message: options.message ?? (options.retryable ? 'Gateway unavailable' : 'Rejected'),
      times: options.times ?? Number.POSITIVE_INFINITY,
    })
    return this
  }

  /** `verify()` throws this error ("test connection" fails). */
  failVerify(message: string) {
    this.#verifyError = new ChannelSendError(message, { retryable: false })
    return this
  }

  /** Sends to `to`, in order. */
  sentTo(to: string) {
    return this.sent.filter((send) => send.message.to === to)
  }

  driverFor(connection: ChannelConnection, real: ChannelDriver): ChannelDriver {
    return {
      send: async (message) => this.#send(connection, message),
      verify: async () => {
        if (this.#verifyError) throw this.#verifyError
      },
      inbound: real.inbound,
      // Live delivery and opening hours are local, not a provider call: keep them real.
      live: real.live,
      availability: real.availability?.bind(real),
    }
  }

  async #send(connection: ChannelConnection, message: OutboundMessage): Promise<SendResult> {
    this.calls++
    const failure = this.#failures[0]
    if (failure) {
      failure.times--
      if (failure.times <= 0) this.#failures.shift()
      throw new ChannelSendError(failure.message, {
        retryable: failure.retryable,
        retryAfterMs: failure.retryAfterMs,
      })
    }
    const externalId = `fake-${this.sent.length + 1}-${message.idempotencyKey}`
    this.sent.push({
      connectionId: connection.id,
      pluginId: connection.pluginId,
      kommuneId: connection.kommuneId,
      message: structuredClone(message),
      externalId,
    })
    return { externalId }
  }
}

/**
 * Creates and caches one driver per connection. A driver is rebuilt when
 * the connection's settings_version changes (the old one is closed), so a
 * settings change takes effect on the next send without a restart. Every
 * driver gets a context with redacted logging and its public webhook URL.
 */
export class ChannelManager {
  #drivers = new Map<string, CachedDriver>()
  #fake: FakeChannels | null = null

  /** The plugin behind a connection (throws when it is not installed). */
  async pluginFor(connection: ChannelConnection): Promise<ChannelPlugin<any>> {
    await channelRegistry.load()
    return channelRegistry.get(connection.pluginId)
  }

  async isInstalled(pluginId: string) {
    await channelRegistry.load()
    return channelRegistry.has(pluginId)
  }

  /** The public URL a provider posts this connection's webhooks to. */
  webhookUrl(connectionId: string) {
    return `${appUrl.replace(/\/+$/, '')}/webhooks/channels/${connectionId}`
  }

  async driverFor(connection: ChannelConnection): Promise<ChannelDriver> {
    /** Settings an older plugin version stored are upgraded before a driver sees them. */
    await upgradeConnectionSettings(connection, await this.pluginFor(connection))
    const real = await this.#realDriver(connection)
    return this.#fake ? this.#fake.driverFor(connection, real) : real
  }

  async #realDriver(connection: ChannelConnection): Promise<ChannelDriver> {
    const cached = this.#drivers.get(connection.id)
    if (cached && cached.version === connection.settingsVersion) return cached.driver
    if (cached) void this.#close(cached)

    const driver = this.#create(connection)
    const entry = { version: connection.settingsVersion, driver }
    this.#drivers.set(connection.id, entry)
    // A failed creation is not cached: the next call tries again.
    driver.catch(() => {
      if (this.#drivers.get(connection.id) === entry) this.#drivers.delete(connection.id)
    })
    return driver
  }

  async #create(connection: ChannelConnection): Promise<ChannelDriver> {
    const plugin = await this.pluginFor(connection)
    const kommune = await Kommune.findOrFail(connection.kommuneId)
    const settings = connection.readSettings()
    // Checked again here, not only on save: a host's DNS may have changed since.
    const refused = await outboundPolicy.refusedFields(plugin.settingsForm, settings)
    if (refused.length) {
      throw new ChannelSendError(`Outbound address refused for ${refused.join(', ')}`, {
        retryable: false,
      })
    }
    const context = createChannelContext({
      plugin,
      kommune,
      connectionId: connection.id,
      settings,
      fetch: outboundPolicy.fetch,
      webhookUrl: this.webhookUrl(connection.id),
      realtime: conversationRealtime,
      logger,
    })
    return plugin.createDriver(context)
  }

  /** Drops (and closes) the cached driver of one connection. */
  async forget(connectionId: string) {
    const cached = this.#drivers.get(connectionId)
    this.#drivers.delete(connectionId)
    if (cached) await this.#close(cached)
  }

  /** Replaces every driver's send/verify with a recorder until `restore()`. */
  fake() {
    this.#fake = new FakeChannels()
    return this.#fake
  }

  restore() {
    this.#fake = null
  }

  /** Closes every cached driver (app shutdown). */
  async closeAll() {
    const all = [...this.#drivers.values()]
    this.#drivers.clear()
    await Promise.all(all.map((cached) => this.#close(cached)))
  }

  async #close(cached: CachedDriver) {
    try {
      const driver = await cached.driver
      await driver.close?.()
    } catch (error) {
      logger.warn({ err: error }, 'closing a channel driver failed')
    }
  }
}

const channelManager = new ChannelManager()
export default channelManager
