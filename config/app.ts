import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { Secret } from '@adonisjs/core/helpers'
import { defineConfig } from '@adonisjs/core/http'
import { addressMatcher } from '#support/ip_ranges'

/**
 * The app key encrypts cookies, sessions and channel secrets. Keep it
 * secret; rotating it logs everyone out and makes stored secrets unreadable.
 */
export const appKey = new Secret(env.get('APP_KEY'))

/**
 * The public URL of the app, used in links we send by e-mail/SMS and in
 * the webhook URLs providers call back. Tests always use the test server
 * itself (a developer's .env may name the demo's port), so a provider
 * stand-in's callbacks reach the server under test.
 */
const ownUrl = `http://${env.get('HOST')}:${env.get('PORT')}`
export const appUrl = env.get('NODE_ENV') === 'test' ? ownUrl : (env.get('APP_URL') ?? ownUrl)

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: true,
  useAsyncLocalStorage: true,
  redirect: {
    forwardQueryString: true,
  },
  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
  /**
   * Whose X-Forwarded-For we believe (TRUSTED_PROXIES; none by default).
   * Trusting everyone let any client pick its own address and so reset
   * every rate limit and forge the audit log; with none trusted,
   * `request.ip()` is the TCP peer.
   */
  trustProxy: addressMatcher(env.get('TRUSTED_PROXIES')),
})
