/**
 * The one error a driver throws when a send (or verify) fails. `retryable`
 * tells the delivery job whether trying again later can help (5xx,
 * timeouts) or not (4xx, invalid recipient, bad credentials).
 */
export class ChannelSendError extends Error {
  readonly retryable: boolean
  readonly status: number | null

  constructor(
    message: string,
    options: { retryable: boolean; status?: number | null; cause?: unknown }
  ) {
    super(message, { cause: options.cause })
    this.name = 'ChannelSendError'
    this.retryable = options.retryable
    this.status = options.status ?? null
  }

  /** The usual mapping of an HTTP status to retryability. */
  static fromStatus(status: number, message: string) {
    return new ChannelSendError(message, { retryable: status >= 500 || status === 429, status })
  }
}
