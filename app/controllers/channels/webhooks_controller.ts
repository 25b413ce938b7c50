import type { IncomingMessage } from 'node:http'
import { errors, inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import limiter from '@adonisjs/limiter/services/main'
import ReceiveWebhook from '#actions/channels/receive_webhook'

/** Largest webhook body we read ourselves (same as the bodyparser's JSON limit). */
const MAX_BODY_BYTES = 1024 * 1024

/** Light flood protection per sender IP; providers stay far below it. */
const webhookLimiter = () => limiter.use({ requests: 1200, duration: '1 min' })

/**
 * Providers' webhooks. A lean route (no session, shield or CSRF): the
 * connection id in the path says whose it is, the plugin's signature check
 * says it is authentic. Answers fast; the events are processed by a job.
 */
export default class WebhooksController {
  @inject()
  async receive({ request, response, params }: HttpContext, receive: ReceiveWebhook) {
    await webhookLimiter().consume(`channels-webhook:${request.ip()}`)
    const result = await receive.handle(String(params.connection), {
      headers: request.headers(),
      body: await rawBody(request),
      receivedAt: new Date(),
    })
    switch (result.outcome) {
      case 'not_found':
        return response.notFound({ errors: [{ message: 'Not found' }] })
      case 'unauthorized':
        return response.unauthorized({ errors: [{ message: 'Invalid signature' }] })
      case 'invalid':
        return response.badRequest({ errors: [{ message: 'Unreadable payload' }] })
      case 'accepted':
        return response.ok({ received: result.stored, duplicates: result.duplicates })
    }
  }
}

/**
 * The exact bytes the provider sent, for signature checks. The bodyparser
 * (a router middleware, so it runs on this route too) has already read
 * JSON, form and text bodies and keeps their text as `request.raw()`; it
 * decoded them as UTF-8, and re-encoding valid UTF-8 gives back the same
 * bytes. Any other content type it leaves unread, and we read the stream.
 */
async function rawBody(request: HttpContext['request']): Promise<Buffer> {
  const text = request.raw()
  if (text !== null) return Buffer.from(text, 'utf8')
  const stream = request.request
  if (stream.readableEnded) return Buffer.alloc(0)
  return readStream(stream)
}

function readStream(stream: IncomingMessage) {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        stream.destroy()
        reject(new errors.E_HTTP_EXCEPTION('Payload too large', { status: 413 }))
        return
      }
      chunks.push(chunk)
    })
    stream.on('end', () => resolve(Buffer.concat(chunks)))
    stream.on('error', reject)
  })
}
