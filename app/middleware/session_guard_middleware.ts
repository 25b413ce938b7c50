import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { sessionStamp } from '#services/session_stamp'

/**
 * Runs after silent auth on every page request. A signed-in session that
 * was revoked ("log out everywhere") or idle for more than 30 minutes is
 * logged out here, before any controller sees the user; routes that need a
 * user then send the person to the login page as usual.
 */
export default class SessionGuardMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const user = ctx.auth.user
    if (!user) return next()
    const verdict = sessionStamp.verdict(ctx.session, user)
    if (verdict === 'valid') {
      sessionStamp.stamp(ctx.session, user)
      return next()
    }
    await ctx.auth.use('web').logout()
    sessionStamp.clear(ctx.session)
    // A new id: whatever the old cookie pointed at is destroyed on commit.
    ctx.session.regenerate()
    ctx.session.flash(
      'error',
      ctx.i18n.t(verdict === 'idle' ? 'security.session.idle' : 'security.session.revoked')
    )
    return next()
  }
}
