import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { Socket } from 'node:net'
import type { AddressInfo } from 'node:net'

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

export type FakeProvider = {
  /** Base URL, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string
  port: number
  requests: RecordedRequest[]
  /** Sockets a client holds open right now (the contract's close() check reads it). */
  openConnections(): number
  close(): Promise<void>
}

export type FakeProviderOptions = {
  /** A fixed port (a provider sandbox on a known address); 0 or absent = a free one. */
  port?: number
  host?: string
  reply: (request: RecordedRequest) => RemoteReply | Promise<RemoteReply>
}

/**
 * A provider's API played by a local node:http server: records every
 * request (body untouched) and answers what `reply` says. JSON bodies are
 * serialised; strings and Buffers are sent as they are. Every answer says
 * `connection: close`, so no keep-alive socket outlives a test (a pooled
 * socket kept the test process alive and hid whether a driver's close()
 * released anything).
 */
export async function startFakeProvider(options: FakeProviderOptions): Promise<FakeProvider> {
  const requests: RecordedRequest[] = []
  const sockets = new Set<Socket>()
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
      const answer = await options.reply(request)
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
        'connection': 'close',
      })
      res.end(payload)
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain', 'connection': 'close' })
      res.end(String(error))
    }
  })
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host}:${port}`,
    port,
    requests,
    openConnections: () => sockets.size,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/** The 1.3 name of startFakeProvider with a random port. */
export type HttpRemote = FakeProvider
export function startHttpRemote(reply: FakeProviderOptions['reply']) {
  return startFakeProvider({ reply })
}
