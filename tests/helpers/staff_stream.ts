import { randomUUID } from 'node:crypto'
import { configProvider } from '@adonisjs/core'
import { CookieClient } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import encryption from '@adonisjs/core/services/encryption'
import { SESSION_COOKIE } from '#config/session'
import { chatTokens } from '#services/chat/chat_tokens'

/**
 * A signed-in staff session written straight into the app's configured
 * store, and the Cookie header a browser would send for it. Staff
 * subscribes are checked against this session (staff_stream_session.ts).
 */
export async function staffSessionCookie(userId: number, storeName?: 'redis' | 'database') {
  const config = (await configProvider.resolve<any>(app, app.config.get('session')))!
  const store = config.stores[storeName ?? config.store](null, config)
  const id = randomUUID()
  await store.write(id, { auth_web: userId, auth_generation: 0, auth_last_seen_at: Date.now() })
  const signed = new CookieClient(encryption.use() as never).sign(SESSION_COOKIE, id)
  return { sessionId: id, cookie: `${SESSION_COOKIE}=${signed}`, store }
}

/** A staff stream as the console gets it: a signed uid plus the session cookie. */
export async function staffStream(userId: number, storeName?: 'redis' | 'database') {
  const session = await staffSessionCookie(userId, storeName)
  return { uid: chatTokens.streamUid({ kind: 'staff', userId }), ...session }
}
