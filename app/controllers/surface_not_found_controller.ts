import { errors } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { activeMembership } from '#tenancy/active_membership'

/**
 * An unknown address inside a staff surface (/admin/…, /staff/…): still a
 * 404, for everyone, but rendered with the signed-in user's navigation so
 * they are not dropped out of the app. Nothing about the kommune is read
 * beyond what every page's header already shows.
 */
export default class SurfaceNotFoundController {
  async handle(ctx: HttpContext) {
    const user = ctx.auth.user
    if (user) {
      const membership = await activeMembership.resolve(user, ctx.session)
      if (membership) ctx.membership = membership
    }
    throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
  }
}
