import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, stores } from '@adonisjs/session'

/**
 * Where sessions live. Always server-side, so logging out (or "log out
 * everywhere") revokes them: the cookie only names the session. `cookie`,
 * from older .env files, is read as `database` — the pen test found copied
 * session cookies working for 8 hours after logout.
 */
export function sessionStoreFor(driver: string | undefined) {
  if (driver === 'redis' || driver === 'memory') return driver
  return 'database'
}

/** The session cookie's name (also read by the staff stream check, start/transmit.ts). */
export const SESSION_COOKIE = 'vejviser-session'

const sessionConfig = defineConfig({
  enabled: true,
  cookieName: SESSION_COOKIE,
  clearWithBrowser: false,
  // Sliding: every request extends it. Staff are also logged out after 30 idle
  // minutes (app/middleware/session_guard_middleware.ts).
  age: '8h',
  cookie: {
    path: '/',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
  store: sessionStoreFor(env.get('SESSION_DRIVER')),
  stores: {
    database: stores.database({ tableName: 'sessions' }),
    redis: stores.redis({ connection: 'main' }),
  },
})

export default sessionConfig
