import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors } from '@adonisjs/core'
import { chatTokens, type StreamIdentity } from '#services/chat/chat_tokens'

const KNOWN_CHANNEL = /^chat\/(?:conversations\/\d{1,10}|kommuner\/\d{1,10}\/queue)$/

/**
 * Guards Transmit's routes (`/__transmit/*`): the `uid` a client sends
 * must be one we issued (a signed stream uid, see chat_tokens.ts). Its
 * identity is kept on the context for the channel authorisations in
 * start/transmit.ts. Anything else is a 404 before Transmit sees it.
 */
export default class StreamIdentityMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const identity = chatTokens.readStreamUid(ctx.request.input('uid'))
    const channel = ctx.request.input('channel')
    // Only chat channels exist; Transmit would let an unknown name through unauthorised.
    if (!identity || (channel !== undefined && !KNOWN_CHANNEL.test(String(channel)))) {
      throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    }
    ctx.streamIdentity = identity
    return next()
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    /** Who holds the Transmit stream of this request (set on /__transmit routes). */
    streamIdentity?: StreamIdentity
  }
}
