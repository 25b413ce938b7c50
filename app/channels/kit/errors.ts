/**
 * The one error a driver throws when a send (or verify) fails. `retryable`
 * tells the delivery job whether trying again later can help (5xx,
 * timeouts) or not (4xx, invalid recipient, bad credentials);
 * `retryAfterMs` (kit API 1.6.0) how long the provider asked us to wait
 * before the next try — the delivery job waits at least that long.
 */
export class ChannelSendError extends Error {
  readonly retryable: boolean
  readonly status: number | null
  readonly retryAfterMs: number | null

  constructor(
    message: string,
    options: {
      retryable: boolean
      status?: number | null
      cause?: unknown
      retryAfterMs?: number | null
    }
  ) {
    super(message, { cause: options.cause })
    this.name = 'ChannelSendError'
    this.retryable = options.retryable
    this.status = options.status ?? null
    const wait = options.retryAfterMs
    /** A wait only means something for an error worth retrying. */
    this.retryAfterMs =
      options.retryable && typeof wait === 'number' && Number.isFinite(wait) && wait >= 0
        ? Math.round(wait)
        : null
  }

  /**
   * The usual mapping of a provider's HTTP status: 408 (request timeout),
   * 429 (too many requests) and every 5xx are temporary, any other status
   * is permanent. `retryAfter` is the response's `Retry-After` header
   * (seconds or an HTTP date, kit API 1.6.0); pass it so a rate-limited or
   * unavailable provider is not hammered before it said it is ready.
   */
  static fromStatus(
    status: number,
    message: string,
    options: { retryAfter?: string | null; now?: Date } = {}
  ) {
    const retryable = status >= 500 || status === 408 || status === 429
    return new ChannelSendError(message, {
      retryable,
      status,
      retryAfterMs: parseRetryAfter(options.retryAfter, options.now),
    })
  }

  /**
   * `fromStatus` for a fetch `Response`: status and `Retry-After` read from
   * it (kit API 1.6.0). The message is yours: never put the response body
   * in it unread, it may echo credentials.
   */
  static fromResponse(response: Pick<Response, 'status' | 'headers'>, message: string) {
    return ChannelSendError.fromStatus(response.status, message, {
      retryAfter: response.headers.get('retry-after'),
    })
  }
}

/**
 * A `Retry-After` header value as milliseconds from `now` (RFC 9110:
 * delta-seconds or an HTTP date); a date in the past waits 0, anything
 * unreadable gives null (kit API 1.6.0).
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: Date = new Date()
): number | null {
  if (value === null || value === undefined) return null
  const text = String(value).trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  if (!/[a-z]/i.test(text)) return null
  const at = Date.parse(text)
  if (Number.isNaN(at)) return null
  return Math.max(0, at - now.getTime())
}
