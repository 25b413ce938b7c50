import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import logger from '@adonisjs/core/services/logger'
import redis from '@adonisjs/redis/services/main'
import transmit from '@adonisjs/transmit/services/main'
import env from '#start/env'

type RelayMessage = { action: 'subscribe' | 'unsubscribe'; uid: string; channel: string }

/**
 * Transmit keeps a stream's subscriptions in the process that holds the
 * stream; a subscribe request that a load balancer sends to another
 * instance would get 400. With the Redis transport, the instance that gets
 * such a request authorises it itself (the same server-side rules) and
 * relays it over Redis; the instance holding the stream applies it.
 * Broadcasts already cross instances through Transmit's Redis transport.
 */
class SubscriptionRelay {
  #started = false
  readonly channel = `${env.get('QUEUE_PREFIX', 'vejviser')}:chat:subscriptions`

  get enabled() {
    return env.get('TRANSMIT_TRANSPORT', 'memory') === 'redis'
  }

  /** Listens for relayed subscriptions (web processes only). */
  start() {
    if (!this.enabled || this.#started) return
    this.#started = true
    redis.subscribe(this.channel, (raw: string) => void this.#apply(raw))
  }

  #holdsStream(uid: string) {
    for (const stream of transmit.getManager().getAllSubscribers().keys()) {
      if (stream.getUid() === uid) return true
    }
    return false
  }

  async #apply(raw: string) {
    try {
      const message = JSON.parse(raw) as RelayMessage
      if (!this.#holdsStream(message.uid)) return
      if (message.action === 'subscribe') {
        await transmit.subscribe({
          uid: message.uid,
          channel: message.channel,
          skipAuthorization: true,
        })
      } else {
        await transmit.unsubscribe({ uid: message.uid, channel: message.channel })
      }
    } catch (error) {
      logger.warn({ err: error }, 'Could not apply a relayed chat subscription')
    }
  }

  /** Route middleware for /__transmit/subscribe and /__transmit/unsubscribe. */
  async handle(ctx: HttpContext, next: NextFn, action: RelayMessage['action']) {
    const uid = String(ctx.request.input('uid'))
    const channel = String(ctx.request.input('channel'))
    if (!this.enabled || this.#holdsStream(uid)) return next()
    if (action === 'subscribe' && !(await transmit.getManager().verifyAccess(channel, ctx))) {
      return ctx.response.badRequest()
    }
    await redis.publish(this.channel, JSON.stringify({ action, uid, channel }))
    return ctx.response.noContent()
  }
}

export const subscriptionRelay = new SubscriptionRelay()
