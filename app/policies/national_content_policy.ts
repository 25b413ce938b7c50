import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'
import { holdsRole } from '#policies/membership_check'

/**
 * The national editorial team's rights: only `editor` memberships, which
 * have no kommune.
 */
export default class NationalContentPolicy extends BasePolicy {
  edit(user: User) {
    return holdsRole(user, ['editor'], null)
  }
}
