import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import { SessionCollection } from '@adonisjs/session'
import { SESSION_COOKIE } from '#config/session'
import User from '#models/user'
import { sessionStamp } from '#services/session_stamp'

/** The key the `web` session guard keeps the signed-in user id under. */
const AUTH_KEY = 'auth_web'

/**
 * A staff stream uid is signed for one user, but it travels in URLs and
 * outlives the page (12 h). So every staff subscribe is checked against
 * the session the request carries: it must still exist in the server-side
 * store, belong to that user, and be neither revoked ("log out everywhere")
 * nor idle. A uid copied from a logged-out console subscribes to nothing.
 * Read-only: a subscribe does not count as activity or write a cookie.
 */
export const staffStreamSession = {
  async holds(ctx: HttpContext, userId: number): Promise<boolean> {
    const sessionId = ctx.request.cookie(SESSION_COOKIE)
    if (!sessionId || typeof sessionId !== 'string') return false
    const collection = await app.container.make(SessionCollection)
    const values = await collection.get(sessionId)
    if (!values || Number(values[AUTH_KEY]) !== userId) return false
    const user = await User.find(userId)
    if (!user) return false
    const stamp = { get: (key: string, fallback?: unknown) => values[key] ?? fallback }
    return sessionStamp.verdict(stamp, user) === 'valid'
  },
}
