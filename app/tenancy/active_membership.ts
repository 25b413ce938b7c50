import type { Session } from '@adonisjs/session'
import type Membership from '#models/membership'
import type User from '#models/user'

const SESSION_KEY = 'activeMembershipId'

/**
 * Which of a user's memberships the current session works in. The choice
 * lives in the session; switching is explicit (and audited by the caller).
 * Memberships are loaded once per request and kept on the user, so policies
 * can check (role, kommune) without querying again.
 */
export const activeMembership = {
  async all(user: User): Promise<Membership[]> {
    if (!user.$preloaded.memberships) {
      await user.load('memberships', (query) =>
        query.preload('kommune').orderByRaw('kommune_id is null').orderBy('id')
      )
    }
    return user.memberships
  },

  async resolve(user: User, session: Session): Promise<Membership | undefined> {
    const memberships = await this.all(user)
    const chosenId = session.get(SESSION_KEY)
    return memberships.find((membership) => membership.id === chosenId) ?? memberships[0]
  },

  remember(session: Session, membership: Membership) {
    session.put(SESSION_KEY, membership.id)
  },

  forget(session: Session) {
    session.forget(SESSION_KEY)
  },
}
