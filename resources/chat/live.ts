import { Transmit } from '@adonisjs/transmit-client'

/**
 * Live events for the citizen client and the staff console, on top of
 * Transmit (SSE). Transmit has no replay and gives up after a few failed
 * reconnects, so this wrapper (1) starts over with a fresh connection when
 * Transmit gives up, and (2) calls `onConnected` on every (re)connection:
 * the caller then fetches what it missed by sequence number.
 */
export type LiveOptions = {
  baseUrl: string
  /** The signed stream uid the server issued (never a client-made one). */
  uid: () => string | Promise<string>
  onConnected?: () => void
  onDisconnected?: () => void
}

export type LiveHandler = (event: Record<string, unknown>) => void

export class Live {
  #transmit: Transmit | null = null
  #handlers = new Map<string, Set<LiveHandler>>()
  #stopped = false
  #restartTimer: ReturnType<typeof setTimeout> | undefined

  constructor(private options: LiveOptions) {}

  async start() {
    this.#stopped = false
    const uid = await this.options.uid()
    if (this.#stopped) return
    const transmit = new Transmit({
      baseUrl: this.options.baseUrl,
      uidGenerator: () => uid,
      maxReconnectAttempts: 5,
      onReconnectFailed: () => this.#restart(),
    })
    transmit.on('connected', () => this.options.onConnected?.())
    transmit.on('disconnected', () => this.options.onDisconnected?.())
    transmit.on('reconnecting', () => this.options.onDisconnected?.())
    this.#transmit = transmit
    for (const channel of this.#handlers.keys()) await this.#subscribe(channel)
  }

  /** Listens to one channel; returns the function that stops listening. */
  async listen(channel: string, handler: LiveHandler) {
    let handlers = this.#handlers.get(channel)
    if (!handlers) {
      handlers = new Set()
      this.#handlers.set(channel, handlers)
      if (this.#transmit) await this.#subscribe(channel)
    }
    handlers.add(handler)
    return () => {
      handlers!.delete(handler)
      if (handlers!.size === 0) {
        this.#handlers.delete(channel)
        void this.#transmit?.subscription(channel).delete()
      }
    }
  }

  stop() {
    this.#stopped = true
    clearTimeout(this.#restartTimer)
    this.#transmit?.close()
    this.#transmit = null
  }

  async #subscribe(channel: string) {
    const subscription = this.#transmit!.subscription(channel)
    subscription.onMessage((event: Record<string, unknown>) => {
      for (const handler of this.#handlers.get(channel) ?? []) handler(event)
    })
    await subscription.create()
  }

  /** Transmit gave up: wait a little, then connect again from scratch. */
  #restart() {
    this.#transmit?.close()
    this.#transmit = null
    this.options.onDisconnected?.()
    clearTimeout(this.#restartTimer)
    this.#restartTimer = setTimeout(() => {
      if (!this.#stopped) void this.start()
    }, 5000)
  }
}
