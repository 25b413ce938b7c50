import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors } from '@adonisjs/core'
import Kommune from '#models/kommune'
import { enterTenant } from '#tenancy/enter_tenant'

/**
 * Citizen pages: the tenant comes from the path, `/k/:kommune/...`
 * (slug or official code). An unknown kommune is a plain 404.
 */
export default class CitizenKommuneMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const ref = String(ctx.params.kommune ?? '')
    const kommune = ref ? await Kommune.findByRef(ref) : null
    if (!kommune) {
      throw new errors.E_HTTP_EXCEPTION('Kommune not found', { status: 404 })
    }
    return enterTenant(ctx, kommune, undefined, next)
  }
}
