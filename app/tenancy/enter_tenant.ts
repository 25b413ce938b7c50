import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type Kommune from '#models/kommune'
import type Membership from '#models/membership'
import CurrentKommune from '#tenancy/current_kommune'
import { tenantContext } from '#tenancy/tenant_context'

/**
 * The one place a request becomes a tenant's request: sets `ctx.kommune`,
 * binds CurrentKommune for @inject(), and runs the rest of the pipeline
 * inside the AsyncLocalStorage tenant context.
 */
export function enterTenant(
  ctx: HttpContext,
  kommune: Kommune,
  membership: Membership | undefined,
  next: NextFn
) {
  ctx.kommune = kommune
  ctx.membership = membership
  ctx.containerResolver.bindValue(CurrentKommune, new CurrentKommune(kommune, membership))
  return tenantContext.run({ kommune, membership }, () => next())
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    /** The kommune this request runs for (set by tenancy middleware). */
    kommune?: Kommune
    /** The signed-in user's active membership on staff surfaces. */
    membership?: Membership
  }
}
