import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { errors as authErrors } from '@adonisjs/auth'
import { DateTime } from 'luxon'
import User from '#models/user'
import AuditTrail from '#services/audit_trail'
import { loginThrottle, loginThrottleKey } from '#services/login_throttle'
import { activeMembership } from '#tenancy/active_membership'
import LogOutEverywhere from '#actions/auth/log_out_everywhere'
import { sessionStamp } from '#services/session_stamp'
import { ROLE_HOME } from '#tenancy/roles'
import { loginValidator } from '#validators/session_validator'

export default class SessionController {
  async create({ inertia }: HttpContext) {
    return inertia.render('auth/login', {})
  }

  @inject()
  async store(ctx: HttpContext, audit: AuditTrail) {
    const { request, response, auth, session, inertia, i18n } = ctx
    const { email, password } = await request.validateUsing(loginValidator)
    const key = loginThrottleKey(email, request.ip())

    let outcome
    try {
      outcome = await loginThrottle.guard(key, () => User.verifyCredentials(email, password))
    } catch (error) {
      if (!(error instanceof authErrors.E_INVALID_CREDENTIALS)) throw error
      // The typed address is kept only when it names an account: a mistyped one
      // may hold anything (a CPR number typed into the wrong field included).
      const known = await User.findBy('email', email)
      await audit.record({
        action: 'auth.login_failed',
        userId: null,
        kommuneId: null,
        ip: request.ip(),
        meta: known ? { email } : { unknownAccountDomain: email.split('@').pop() ?? null },
      })
      // The same bag VineJS uses, so the form shows it under the e-mail field.
      session.flash('inputErrorsBag', { email: [i18n.t('auth.invalid_credentials')] })
      session.flashOnly(['email'])
      return response.redirect().back()
    }

    if ('blockedFor' in outcome) {
      response.header('Retry-After', String(outcome.blockedFor))
      response.status(429)
      return inertia.render('auth/login', {
        throttled: i18n.t('auth.throttled', { seconds: outcome.blockedFor }),
      })
    }

    const user = outcome.result
    await auth.use('web').login(user)
    sessionStamp.stamp(session, user)
    await loginThrottle.reset(key)
    user.lastLoginAt = DateTime.utc()
    await user.save()

    const membership = await activeMembership.resolve(user, session)
    if (membership) activeMembership.remember(session, membership)
    await audit.record({
      action: 'auth.login',
      userId: user.id,
      kommuneId: membership?.kommuneId ?? null,
      ip: request.ip(),
    })
    return response.redirect(membership ? ROLE_HOME[membership.role] : '/')
  }

  @inject()
  async destroy({ auth, session, response, request }: HttpContext, audit: AuditTrail) {
    const user = auth.user
    await this.#endSession({ auth, session } as HttpContext)
    if (user) {
      await audit.record({
        action: 'auth.logout',
        userId: user.id,
        kommuneId: null,
        ip: request.ip(),
      })
    }
    return response.redirect('/login')
  }

  /** "Log out everywhere": this session and every other one of the user's. */
  @inject()
  async destroyEverywhere(ctx: HttpContext, logOutEverywhere: LogOutEverywhere) {
    const { auth, session, response, request, membership, i18n } = ctx
    const user = auth.user!
    await logOutEverywhere.handle(user, {
      kommuneId: membership?.kommuneId ?? null,
      ip: request.ip(),
    })
    await this.#endSession(ctx)
    session.flash('success', i18n.t('security.session.logged_out_everywhere'))
    return response.redirect('/login')
  }

  /**
   * Logs out and gives the browser a new, empty session: the old id is
   * destroyed in the store, so a copy of the old cookie opens nothing.
   */
  async #endSession({ auth, session }: HttpContext) {
    await auth.use('web').logout()
    activeMembership.forget(session)
    sessionStamp.clear(session)
    session.regenerate()
  }
}
