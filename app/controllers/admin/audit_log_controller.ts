import type { HttpContext } from '@adonisjs/core/http'
import { AUDIT_ACTIONS } from '#services/audit_actions'
import { auditLogQuery } from '#services/audit_log_query'
import { toAuditEntryDto } from '#transformers/audit_dto'
import type { AuditLogPageProps } from '#transformers/audit_types'
import { auditLogFilterValidator } from '#validators/audit_log_validator'

/** The kommune admin's own audit trail: filter by action, user and dates; paged. */
export default class AuditLogController {
  async index({ inertia, kommune, bouncer, request }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const qs = Object.fromEntries(Object.entries(request.qs()).filter(([, value]) => value !== ''))
    const [error, filters] = await auditLogFilterValidator.tryValidate(qs, {
      meta: { kommuneId: kommune!.id },
    })
    // A bad filter (hand-edited URL, another kommune's user) shows everything, with a note.
    const chosen = error ? {} : filters
    const page = await auditLogQuery.page(kommune!, {
      action: chosen.action,
      userId: chosen.user,
      from: chosen.from,
      to: chosen.to,
      page: chosen.page ?? 1,
    })
    const props: AuditLogPageProps = {
      kommune: { name: kommune!.name, timezone: kommune!.timezone },
      entries: page.all().map(toAuditEntryDto),
      page: { current: page.currentPage, last: page.lastPage, total: page.total },
      filters: {
        action: chosen.action ?? '',
        user: chosen.user ? String(chosen.user) : '',
        from: error ? '' : String(qs.from ?? ''),
        to: error ? '' : String(qs.to ?? ''),
      },
      actions: [...AUDIT_ACTIONS],
      users: await auditLogQuery.users(kommune!),
      invalidFilter: error !== null,
    }
    return inertia.render('admin/audit_log', props)
  }
}
