import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import AuditTrail from '#services/audit_trail'
import type { AuditAction } from '#services/audit_actions'

export interface RequestAuditOptions {
  subject?: { type: string; id: string | number }
  /** Short facts only (counts, ids, channel): never free text a person wrote. */
  meta?: Record<string, unknown>
  /** Defaults to the kommune the request runs for (null on national surfaces). */
  kommuneId?: number | null
}

/**
 * Records an action taken through a request: who (the signed-in user),
 * where (the request's kommune), from which address (`request.ip()`, the
 * real peer unless a configured trusted proxy forwarded it).
 */
export async function auditRequest(
  ctx: HttpContext,
  action: AuditAction,
  options: RequestAuditOptions = {}
) {
  const audit = await app.container.make(AuditTrail)
  await audit.record({
    action,
    userId: ctx.auth?.user?.id ?? null,
    kommuneId: options.kommuneId !== undefined ? options.kommuneId : (ctx.kommune?.id ?? null),
    subject: options.subject,
    meta: options.meta,
    ip: ctx.request.ip(),
  })
}
