/*
|--------------------------------------------------------------------------
| HTTP rate limits
|--------------------------------------------------------------------------
|
| The public API (widget search, webhooks) is open to the internet: each
| client IP gets a budget per minute. Login has its own, stricter limit
| (app/services/login_throttle.ts).
*/
import limiter from '@adonisjs/limiter/services/main'
import env from '#start/env'

const perMinute = env.get('PUBLIC_API_RATE_LIMIT', 120)

export const publicApiThrottle = limiter.define('public_api', (ctx) =>
  limiter.allowRequests(perMinute).every('1 minute').usingKey(`ip_${ctx.request.ip()}`)
)

/**
 * The citizen chat API: a conversation is a few requests a minute per
 * citizen (typing notices are sent at most every few seconds), but many
 * citizens may share one kommune office's IP.
 */
export const chatApiThrottle = limiter.define('chat_api', (ctx) =>
  limiter
    .allowRequests(perMinute * 5)
    .every('1 minute')
    .usingKey(`ip_${ctx.request.ip()}`)
)
