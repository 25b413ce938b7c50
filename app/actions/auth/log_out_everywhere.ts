import { inject } from '@adonisjs/core'
import type User from '#models/user'
import AuditTrail from '#services/audit_trail'

/**
 * "Log out everywhere" (a lost tablet, a shared PC): raises the user's
 * session generation, so every session stamped with the old one — on any
 * device, in any store — is refused at its next request.
 */
@inject()
export default class LogOutEverywhere {
  constructor(private audit: AuditTrail) {}

  async handle(user: User, context: { kommuneId: number | null; ip: string }) {
    user.sessionGeneration = (user.sessionGeneration ?? 0) + 1
    await user.save()
    await this.audit.record({
      action: 'auth.logout_everywhere',
      userId: user.id,
      kommuneId: context.kommuneId,
      ip: context.ip,
    })
  }
}
