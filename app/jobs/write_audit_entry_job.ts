import { DateTime } from 'luxon'
import AuditLog from '#models/audit_log'
import { Job, type JobPayload } from '#queue/job'

export interface AuditEntryPayload extends JobPayload {
  /** Idempotency key: the same entry delivered twice is written once. */
  entryId: string
  userId: number | null
  action: string
  subjectType: string | null
  subjectId: string | null
  meta: Record<string, unknown> | null
  ip: string | null
  /** When it happened (ISO with ms) — not when the job ran. */
  at: string
}

/**
 * Writes one audit entry. Runs off the request path so auditing never slows
 * a page; the entry keeps the time of the action, not of the write.
 */
export default class WriteAuditEntryJob extends Job<AuditEntryPayload> {
  static jobName = 'audit.write'

  async handle(payload: AuditEntryPayload) {
    if (await AuditLog.findBy('entryId', payload.entryId)) return
    await AuditLog.create({
      entryId: payload.entryId,
      userId: payload.userId,
      kommuneId: payload.kommuneId,
      action: payload.action,
      subjectType: payload.subjectType,
      subjectId: payload.subjectId,
      meta: payload.meta,
      ip: payload.ip,
      createdAt: DateTime.fromISO(payload.at),
    })
  }
}
