import type { ChannelAppLogger } from '#channels/channel_context'

export type CapturedLog = {
  level: 'debug' | 'info' | 'warn' | 'error'
  message: string
  data: unknown
  bindings: Record<string, unknown>
}

/**
 * Stands in for the app logger and keeps every call, unredacted: the
 * contract suite hands it to createChannelContext and then searches what
 * arrived here for secret values, so it checks the context's redaction
 * rather than doing its own.
 */
export class CapturingLogger implements ChannelAppLogger {
  constructor(
    readonly entries: CapturedLog[] = [],
    readonly bindings: Record<string, unknown> = {}
  ) {}

  child(bindings: Record<string, unknown>) {
    return new CapturingLogger(this.entries, { ...this.bindings, ...bindings })
  }

  debug(data: object, message: string) {
    this.#push('debug', data, message)
  }

  info(data: object, message: string) {
    this.#push('info', data, message)
  }

  warn(data: object, message: string) {
    this.#push('warn', data, message)
  }

  error(data: object, message: string) {
    this.#push('error', data, message)
  }

  /** Everything logged so far as one string, to search for leaked values. */
  text() {
    return JSON.stringify(this.entries, (_key, value) =>
      value instanceof Error
        ? { name: value.name, message: value.message, stack: value.stack }
        : value
    )
  }

  #push(level: CapturedLog['level'], data: unknown, message: string) {
    this.entries.push({ level, message, data, bindings: this.bindings })
  }
}
