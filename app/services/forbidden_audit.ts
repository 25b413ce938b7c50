import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import AuditTrail from '#services/audit_trail'

/**
 * A signed-in person refused (403) is audit-worthy: probing other roles'
 * pages is what an insider does before anything else. Anonymous 403s
 * (CSRF on the login form) are not; they carry no one to name.
 */
export async function auditForbidden(ctx: HttpContext) {
  const user = ctx.auth?.user
  if (!user) return
  const audit = await app.container.make(AuditTrail)
  await audit.record({
    action: 'auth.forbidden',
    userId: user.id,
    kommuneId: ctx.membership?.kommuneId ?? null,
    ip: ctx.request.ip(),
    meta: { method: ctx.request.method(), route: ctx.route?.pattern ?? ctx.request.url() },
  })
}
