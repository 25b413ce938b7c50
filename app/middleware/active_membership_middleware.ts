import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors } from '@adonisjs/core'
import { activeMembership } from '#tenancy/active_membership'
import { enterTenant } from '#tenancy/enter_tenant'
import type { Role } from '#tenancy/roles'

/**
 * Staff surfaces: the tenant is the signed-in user's active membership.
 * `roles` limits a surface to some roles; a user whose active membership
 * has another role gets 403 (they can switch kommune/role explicitly).
 * Must run after `auth`.
 */
export default class ActiveMembershipMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { roles?: Role[] } = {}) {
    const user = ctx.auth.getUserOrFail()
    const membership = await activeMembership.resolve(user, ctx.session)
    if (!membership || (options.roles && !options.roles.includes(membership.role))) {
      throw new errors.E_HTTP_EXCEPTION('Forbidden', { status: 403 })
    }
    if (membership.kommuneId === null) {
      ctx.membership = membership
      return next()
    }
    return enterTenant(ctx, membership.kommune, membership, next)
  }
}
