import type { Session } from '@adonisjs/session'
import type User from '#models/user'

const GENERATION_KEY = 'auth_generation'
const LAST_SEEN_KEY = 'auth_last_seen_at'

/** Staff sessions end after this long without a request. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000

export type StampVerdict = 'valid' | 'revoked' | 'idle'

/**
 * What a signed-in session remembers besides the user id: the user's
 * session generation at login (for "log out everywhere") and when it was
 * last used (for the idle timeout). Kept in the session itself, so it
 * works the same in the database, Redis and memory stores.
 */
export const sessionStamp = {
  /** At login (and on every accepted request, for the idle clock). */
  stamp(session: Session, user: User, now = Date.now()) {
    session.put(GENERATION_KEY, user.sessionGeneration ?? 0)
    session.put(LAST_SEEN_KEY, now)
  },

  /**
   * A session without a stamp (one written before this rule, or a test's
   * loginAs) counts as generation 0 and as seen now.
   */
  verdict(session: Pick<Session, 'get'>, user: User, now = Date.now()): StampVerdict {
    const generation = Number(session.get(GENERATION_KEY, 0))
    if (generation !== (user.sessionGeneration ?? 0)) return 'revoked'
    const lastSeen = Number(session.get(LAST_SEEN_KEY, now))
    if (now - lastSeen > IDLE_TIMEOUT_MS) return 'idle'
    return 'valid'
  },

  clear(session: Session) {
    session.forget(GENERATION_KEY)
    session.forget(LAST_SEEN_KEY)
  },
}
