import type { HttpContext } from '@adonisjs/core/http'
import { activeMembership } from '#tenancy/active_membership'
import { ROLE_HOME } from '#tenancy/roles'

/**
 * `/` sends everyone where they work: the active membership's start page,
 * or the login form.
 */
export default class HomeController {
  async handle({ auth, session, response, inertia }: HttpContext) {
    const user = auth.user
    if (!user) return response.redirect('/login')
    const membership = await activeMembership.resolve(user, session)
    if (!membership) return inertia.render('home/no_membership', {})
    return response.redirect(ROLE_HOME[membership.role])
  }
}
