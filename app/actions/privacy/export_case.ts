import { inject } from '@adonisjs/core'
import type Kommune from '#models/kommune'
import type User from '#models/user'
import AuditTrail from '#services/audit_trail'
import CaseFileBuilder, { type CaseFile } from '#services/case_export/case_file'

/**
 * One citizen case for the kommune's case system. Only a conversation of
 * the signed-in kommune is found (a hotline switches kommune first: the
 * case belongs in that kommune's records); every download is audited.
 */
@inject()
export default class ExportCase {
  constructor(
    private builder: CaseFileBuilder,
    private audit: AuditTrail
  ) {}

  async handle(
    kommune: Kommune,
    conversationId: number,
    actor: { user: User; ip: string | null },
    format: 'json' | 'pdf'
  ): Promise<CaseFile | null> {
    const file = await this.builder.build(kommune, conversationId, actor.user)
    if (!file) return null
    await this.audit.record({
      action: 'export.downloaded',
      userId: actor.user.id,
      kommuneId: kommune.id,
      subject: { type: 'conversation', id: conversationId },
      meta: { export: 'case', format },
      ip: actor.ip,
    })
    return file
  }
}
