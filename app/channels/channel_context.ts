import type { ChannelContext, ChannelLogger, ChannelPlugin, RealtimePublisher } from '#channel_kit'

/**
 * The part of the app's (pino) logger a channel context needs; the app's
 * Logger satisfies it, and so does the capturing logger of the contract suite.
 */
export type ChannelAppLogger = {
  child(bindings: Record<string, unknown>): ChannelAppLogger
  debug(data: object, message: string): void
  info(data: object, message: string): void
  warn(data: object, message: string): void
  error(data: object, message: string): void
}

export type CreateChannelContextOptions<Settings> = {
  plugin: Pick<ChannelPlugin<any>, 'manifest'>
  kommune: { code: string; name: string; timezone?: string }
  connectionId: string
  settings: Settings
  /** The app logger (or a test's capturing logger); wrapped, never handed over. */
  logger: ChannelAppLogger
  fetch?: typeof globalThis.fetch
  webhookUrl: string
  realtime?: RealtimePublisher
}

export const REDACTED = '[redacted]'

/** Keys whose values are credentials whatever the plugin calls its secrets. */
const ALWAYS_SECRET_KEYS = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie']
const MAX_DEPTH = 8

/**
 * A function that deep-copies any value with every secret removed: values
 * under keys named in `manifest.secrets` (and auth headers) become
 * "[redacted]", and every occurrence of a secret's value (also URL-encoded)
 * inside any string is replaced. Strings, not structure, are what leak: a
 * plugin logging `Authorization: Token abc…` in a message is caught too.
 */
export function secretRedactor(
  plugin: Pick<ChannelPlugin<any>, 'manifest'>,
  settings: unknown
): (value: unknown) => unknown {
  const source = (settings ?? {}) as Record<string, unknown>
  const secretKeys = new Set(
    [...plugin.manifest.secrets, ...ALWAYS_SECRET_KEYS].map((key) => key.toLowerCase())
  )
  const needles = new Set<string>()
  for (const key of plugin.manifest.secrets) {
    const value = source[key]
    if (value === null || value === undefined || value === '') continue
    const text = String(value)
    needles.add(text)
    needles.add(encodeURIComponent(text))
  }
  /** Longest first, so a secret containing another secret is removed whole. */
  const ordered = [...needles].sort((a, b) => b.length - a.length)

  const redactString = (text: string) =>
    ordered.reduce((result, needle) => result.split(needle).join(REDACTED), text)

  const walk = (value: unknown, depth: number, seen: WeakSet<object>): unknown => {
    if (typeof value === 'string') return redactString(value)
    if (value === null || typeof value !== 'object') {
      return typeof value === 'bigint' || typeof value === 'symbol' ? String(value) : value
    }
    if (value instanceof Date) return value
    if (Buffer.isBuffer(value) || value instanceof Uint8Array) {
      return `[${value.byteLength} bytes]`
    }
    if (seen.has(value)) return '[circular]'
    if (depth >= MAX_DEPTH) return '[too deep]'
    seen.add(value)
    if (value instanceof Error) {
      const copy: Record<string, unknown> = {
        name: value.name,
        message: redactString(value.message),
        stack: value.stack ? redactString(value.stack) : undefined,
      }
      for (const [key, field] of Object.entries(value)) {
        copy[key] = secretKeys.has(key.toLowerCase()) ? REDACTED : walk(field, depth + 1, seen)
      }
      if (value.cause !== undefined) copy.cause = walk(value.cause, depth + 1, seen)
      return copy
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1, seen))
    const copy: Record<string, unknown> = {}
    const entries =
      value instanceof Map
        ? [...value.entries()].map(([k, v]) => [String(k), v])
        : Object.entries(value)
    for (const [key, field] of entries) {
      copy[key] = secretKeys.has(key.toLowerCase()) ? REDACTED : walk(field, depth + 1, seen)
    }
    return copy
  }

  return (value) => walk(value, 0, new WeakSet())
}

/**
 * The context a plugin's driver is created with for one kommune's
 * connection. Its logger is a child of the app logger (tagged with the
 * channel, kommune and connection) that redacts every secret setting, so a
 * plugin cannot leak credentials to the logs even by mistake.
 */
export function createChannelContext<Settings>(
  options: CreateChannelContextOptions<Settings>
): ChannelContext<Settings> {
  const redact = secretRedactor(options.plugin, options.settings)
  const child = options.logger.child({
    channel: options.plugin.manifest.id,
    kommune: options.kommune.code,
    connectionId: options.connectionId,
  })
  const write = (level: keyof ChannelLogger) => (message: string, data?: Record<string, unknown>) =>
    child[level]((redact(data ?? {}) ?? {}) as object, redact(String(message)) as string)

  const logger: ChannelLogger = {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
  }
  return {
    kommune: {
      code: options.kommune.code,
      name: options.kommune.name,
      ...(options.kommune.timezone ? { timezone: options.kommune.timezone } : {}),
    },
    connectionId: options.connectionId,
    settings: options.settings,
    logger,
    fetch: options.fetch ?? globalThis.fetch,
    webhookUrl: options.webhookUrl,
    realtime: options.realtime,
  }
}
