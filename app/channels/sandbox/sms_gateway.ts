import { randomInt } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import logger from '@adonisjs/core/services/logger'
import { signPayload, SIGNATURE_HEADER, smsSegments } from '#channel_kit'
import SandboxMessage from '#models/sandbox_message'
import type ChannelConnection from '#models/channel_connection'
import { sameSecret, sandboxConnection, storeReceived } from '#channels/sandbox/sandbox_store'

/** Numbers starting with these digits are "unreachable": the demo can show a failure. */
export const SANDBOX_UNDELIVERABLE_PREFIX = '+459999'
const MAX_BODY = 64 * 1024
/** How long the sandbox "network" takes to deliver before the receipt is posted. */
const RECEIPT_DELAY_MS = 400

type MtSms = {
  sender?: unknown
  message?: unknown
  recipients?: { msisdn?: unknown }[]
  userref?: unknown
  callback_url?: unknown
}

/**
 * A local SMS gateway speaking the sms plugin's provider protocol
 * (`POST /mtsms`, `GET /me`, `Authorization: Token …`). It authenticates
 * the token against the connection named by the callback URL, stores the
 * message for the outbox, answers with its id, and then posts a signed
 * delivery report to the callback URL like a real gateway.
 */
export class SandboxSmsGateway {
  #server: Server = createServer((request, response) => {
    this.#handle(request, response).catch((error) => {
      logger.warn({ err: error }, 'sandbox SMS gateway failed a request')
      if (!response.headersSent) reply(response, 500, { message: 'sandbox error' })
    })
  })

  #timers = new Set<NodeJS.Timeout>()

  async listen(port: number, host = '127.0.0.1') {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject)
      this.#server.listen(port, host, () => resolve())
    })
    return (this.#server.address() as AddressInfo).port
  }

  async close() {
    for (const timer of this.#timers) clearTimeout(timer)
    this.#server.closeAllConnections()
    await new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }

  async #handle(request: IncomingMessage, response: ServerResponse) {
    const body = await readBody(request)
    const token = String(request.headers.authorization ?? '').replace(/^Token\s+/i, '')
    if (request.method === 'GET' && request.url === '/me') {
      return reply(response, token.length >= 8 ? 200 : 401, { credit: 1000, currency: 'DKK' })
    }
    if (request.method !== 'POST' || request.url !== '/mtsms') {
      return reply(response, 404, { message: 'not found' })
    }
    let payload: MtSms
    try {
      payload = JSON.parse(body) as MtSms
    } catch {
      return reply(response, 400, { message: 'body is not JSON' })
    }
    const callback = typeof payload.callback_url === 'string' ? payload.callback_url : ''
    const connection = await sandboxConnection(callback.split('/').pop(), 'sms')
    const settings = connection?.readSettings() ?? {}
    if (!connection || !sameSecret(token, settings.apiToken)) {
      return reply(response, 401, { message: 'unknown token' })
    }
    const msisdn = payload.recipients?.[0]?.msisdn
    if (typeof payload.message !== 'string' || !payload.message || msisdn === undefined) {
      return reply(response, 422, { message: 'message and recipients are required' })
    }
    const stored = await storeReceived(connection, {
      channel: 'sms',
      from: String(payload.sender ?? ''),
      to: `+${String(msisdn).replace(/^\+/, '')}`,
      subject: null,
      text: payload.message,
      replyTo: null,
      externalId: String(randomInt(10_000_000, 99_999_999)),
      segments: smsSegments(payload.message).segments,
      idempotencyKey: typeof payload.userref === 'string' ? payload.userref : null,
    })
    reply(response, 200, { ids: [Number(stored.externalId)] })
    this.#receiptLater(connection, stored, callback, String(settings.webhookSecret ?? ''))
  }

  /** The delivery report a real gateway sends once the handset has the SMS. */
  #receiptLater(
    connection: ChannelConnection,
    message: SandboxMessage,
    callback: string,
    secret: string
  ) {
    const timer = setTimeout(async () => {
      this.#timers.delete(timer)
      const failed = message.to.startsWith(SANDBOX_UNDELIVERABLE_PREFIX)
      const status = failed ? 'UNDELIVERABLE' : 'DELIVERED'
      await SandboxMessage.query()
        .where('id', message.id)
        .update({ status: failed ? 'failed' : 'delivered' })
      const report = JSON.stringify({
        id: Number(message.externalId),
        msisdn: Number(message.to.slice(1)),
        status,
        time: Math.floor(Date.now() / 1000),
        error: failed ? 'Number not in service' : null,
      })
      await fetch(callback, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signPayload(secret, report),
        },
        body: report,
        signal: AbortSignal.timeout(5000),
      }).catch((error: unknown) => {
        logger.warn({ err: error, connection: connection.id }, 'sandbox receipt not delivered')
      })
    }, RECEIPT_DELAY_MS)
    this.#timers.add(timer)
  }
}

function readBody(request: IncomingMessage) {
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) request.destroy(new Error('body too large'))
      else chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function reply(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json', 'connection': 'close' })
  response.end(JSON.stringify(body))
}
