import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Group } from '@japa/runner/core'
import env from '#start/env'
import channelRegistry from '#channels/registry'
import channelManager from '#channels/channel_manager'
import ChannelConnection from '#models/channel_connection'
import type Kommune from '#models/kommune'
import testMailer, { TEST_MAILER_ID } from '#tests/fixtures/channels/test_mailer_plugin'

export const API_KEY = 'sk_live_abcdefgh12345678'
export const WEBHOOK_SECRET = 'whsec_0123456789abcdef0123'

export type ProviderRequest = {
  method: string
  path: string
  headers: IncomingMessage['headers']
  body: string
  at: number
}

/**
 * A local HTTP stand-in for an e-mail/SMS provider. Every request is
 * recorded; `respondWith` queues status codes for the next sends (then
 * 200 with a message id again), `failAlways` makes every send fail.
 */
export class FakeProvider {
  readonly requests: ProviderRequest[] = []
  #queued: number[] = []
  #always: number | null = null
  #retryAfter: string | null = null
  #server: Server
  #nextId = 1
  url = ''

  constructor() {
    this.#server = createServer((request, response) => this.#handle(request, response))
  }

  async start() {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`
    return this
  }

  async stop() {
    this.#server.closeAllConnections()
    await new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }

  respondWith(...statuses: number[]) {
    this.#queued.push(...statuses)
  }

  failAlways(status: number | null) {
    this.#always = status
  }

  /** Failures carry `Retry-After: <value>` from now on (null: none). */
  retryAfter(value: string | null) {
    this.#retryAfter = value
  }

  sends() {
    return this.requests.filter(
      (request) => request.method === 'POST' && request.path === '/messages'
    )
  }

  #handle(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      this.requests.push({
        method: request.method ?? 'GET',
        path: request.url ?? '/',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: performance.now(),
      })
      const authorised = request.headers.authorization === `Bearer ${API_KEY}`
      if (!authorised) return this.#reply(response, 401, { message: 'bad key' })
      if (request.url === '/ping') return this.#reply(response, 200, { ok: true })
      const status = this.#always ?? this.#queued.shift() ?? 200
      if (status !== 200) return this.#reply(response, status, { message: `status ${status}` })
      this.#reply(response, 200, { id: `msg-${this.#nextId++}` })
    })
  }

  #reply(response: ServerResponse, status: number, body: unknown) {
    const wait =
      status >= 400 && this.#retryAfter !== null ? { 'retry-after': this.#retryAfter } : {}
    response.writeHead(status, { 'content-type': 'application/json', ...wait })
    response.end(JSON.stringify(body))
  }
}

/** Installs the test mailer plugin for the group (and removes it after). */
export function withTestMailer(group: Group) {
  group.setup(async () => {
    await channelRegistry.load()
    await channelRegistry.register(TEST_MAILER_ID, testMailer)
    return () => channelRegistry.unregister(TEST_MAILER_ID)
  })
}

/** Settings that work against `provider`. */
export function mailerSettings(provider: FakeProvider, overrides: Record<string, unknown> = {}) {
  return {
    baseUrl: provider.url,
    apiKey: API_KEY,
    fromAddress: 'borgerservice@soroe.dk',
    webhookSecret: WEBHOOK_SECRET,
    ...overrides,
  }
}

/** A connection of the test mailer for `kommune`, configured and (by default) enabled. */
export async function mailerConnection(
  kommune: Kommune,
  provider: FakeProvider,
  options: { enabled?: boolean; settings?: Record<string, unknown> } = {}
) {
  const connection = new ChannelConnection().merge({
    kommuneId: kommune.id,
    pluginId: TEST_MAILER_ID,
    enabled: options.enabled ?? true,
  })
  connection.writeSettings(options.settings ?? mailerSettings(provider))
  await connection.save()
  return connection
}

/** The app's own base URL in tests (for raw fetches to lean routes). */
export function appBase() {
  return `http://${env.get('HOST')}:${env.get('PORT')}`
}

export { channelManager }
