import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SIGNATURE_HEADER, signPayload } from '#channel_kit'
import type { RawInbound } from '#channel_kit'
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

export type RecordedRequest = {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: Buffer
}

export type RemoteReply = {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type HttpRemote = {
  /** Base URL, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string
  requests: RecordedRequest[]
  close(): Promise<void>
}

/**
 * A provider's API played by a local node:http server on a random port:
 * records every request (body untouched) and answers what `reply` says.
 * JSON bodies are serialised; strings and Buffers are sent as they are.
 */
export async function startHttpRemote(
  reply: (request: RecordedRequest) => RemoteReply | Promise<RemoteReply>
): Promise<HttpRemote> {
  const requests: RecordedRequest[] = []
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      body: Buffer.concat(chunks),
    }
    requests.push(request)
    try {
      const answer = await reply(request)
      const isRaw = typeof answer.body === 'string' || Buffer.isBuffer(answer.body)
      const payload =
        answer.body === undefined
          ? ''
          : isRaw
            ? (answer.body as string | Buffer)
            : JSON.stringify(answer.body)
      res.writeHead(answer.status, {
        'content-type': isRaw ? 'text/plain; charset=utf-8' : 'application/json',
        ...answer.headers,
      })
      res.end(payload)
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/** A webhook request signed like our providers sign them (kit signatures). */
export function signedInbound(
  secret: string,
  body: Buffer | string | object,
  options: { at?: Date; headers?: Record<string, string> } = {}
): RawInbound {
  const buffer = Buffer.isBuffer(body)
    ? body
    : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body))
  const at = options.at ?? new Date()
  return {
    headers: {
      'content-type':
        typeof body === 'object' && !Buffer.isBuffer(body) ? 'application/json' : 'text/plain',
      ...options.headers,
      [SIGNATURE_HEADER]: signPayload(secret, buffer, at),
    },
    body: buffer,
    receivedAt: new Date(),
  }
}

/**
 * The forgeries every signed webhook must refuse, made from a genuine one:
 * the body changed after signing, signed with another secret, no signature,
 * and a replay older than the tolerance.
 */
export function tamperedInbounds(secret: string, genuine: RawInbound): RawInbound[] {
  const changedBody = Buffer.concat([genuine.body, Buffer.from(' ')])
  const withoutSignature = { ...genuine.headers }
  delete withoutSignature[SIGNATURE_HEADER]
  return [
    { ...genuine, body: changedBody },
    { ...genuine, headers: signedInbound(`${secret}-wrong`, genuine.body).headers },
    { ...genuine, headers: withoutSignature },
    signedInbound(secret, genuine.body, { at: new Date(Date.now() - 10 * 60 * 1000) }),
  ]
}
