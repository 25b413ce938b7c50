import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import AuditTrail from '#services/audit_trail'
import { activeMembership } from '#tenancy/active_membership'
import { ROLE_HOME } from '#tenancy/roles'

/**
 * Switching the active kommune (membership) of a user on a shared hotline.
 * Someone else's membership id is a 404, like any foreign object.
 */
export default class KommuneSwitchController {
  @inject()
  async store({ auth, params, session, response, request, i18n }: HttpContext, audit: AuditTrail) {
    const user = auth.getUserOrFail()
    const memberships = await activeMembership.all(user)
    const target = memberships.find((membership) => membership.id === Number(params.membership))
    if (!target) return response.notFound({ errors: [{ message: 'Not found' }] })

    const previous = await activeMembership.resolve(user, session)
    activeMembership.remember(session, target)
    await audit.record({
      action: 'membership.switched',
      userId: user.id,
      kommuneId: target.kommuneId,
      subject: { type: 'membership', id: target.id },
      meta: { from: previous?.id ?? null, role: target.role },
      ip: request.ip(),
    })
    session.flash(
      'success',
      i18n.t('switcher.switched', { kommune: target.kommune?.name ?? i18n.t('roles.national') })
    )
    return response.redirect(ROLE_HOME[target.role])
  }
}
