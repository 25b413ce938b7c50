import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import { inject } from '@adonisjs/core'
import { HttpContext } from '@adonisjs/core/http'
import Queue from '#queue/queue'
import WriteAuditEntryJob from '#jobs/write_audit_entry_job'
import type { AuditAction } from '#services/audit_actions'

export interface AuditEvent {
  action: AuditAction
  userId: number | null
  kommuneId: number | null
  subject?: { type: string; id: string | number }
  meta?: Record<string, unknown>
  ip?: string | null
}

/**
 * Records who did what where. The write happens in a job (idempotent by
 * entry id), stamped with the time of the action. Inside a request the
 * address defaults to `request.ip()`: the real peer, or the client a
 * configured trusted proxy names (TRUSTED_PROXIES), never a bare header.
 */
@inject()
export default class AuditTrail {
  constructor(private queue: Queue) {}

  async record(event: AuditEvent) {
    const entryId = randomUUID()
    await this.queue.dispatch(
      WriteAuditEntryJob,
      {
        entryId,
        kommuneId: event.kommuneId,
        userId: event.userId,
        action: event.action,
        subjectType: event.subject?.type ?? null,
        subjectId: event.subject ? String(event.subject.id) : null,
        meta: event.meta ?? null,
        ip: event.ip !== undefined ? event.ip : (HttpContext.get()?.request.ip() ?? null),
        at: DateTime.utc().toISO(),
      },
      { jobId: `audit-${entryId}` }
    )
  }
}
