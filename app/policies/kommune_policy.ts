import { BasePolicy } from '@adonisjs/bouncer'
import type Kommune from '#models/kommune'
import type User from '#models/user'
import { holdsRole } from '#policies/membership_check'

/**
 * What a user may do for one kommune, keyed on (role, kommune). Denials
 * surface as 404 where the kommune is not the user's at all: its existence
 * is not our business to confirm.
 */
export default class KommunePolicy extends BasePolicy {
  /** Service policy, channels, users, local content. */
  administer(user: User, kommune: Kommune) {
    return holdsRole(user, ['admin'], kommune.id)
  }

  /** The staff support view; admins can always do what their staff do. */
  support(user: User, kommune: Kommune) {
    return holdsRole(user, ['staff', 'admin'], kommune.id)
  }

  viewStatistics(user: User, kommune: Kommune) {
    return holdsRole(user, ['manager', 'admin'], kommune.id)
  }
}
