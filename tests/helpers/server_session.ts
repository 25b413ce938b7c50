import { randomUUID } from 'node:crypto'
import Tokens from 'csrf'
import app from '@adonisjs/core/services/app'
import { configProvider } from '@adonisjs/core'
import SessionMiddleware from '@adonisjs/session/session_middleware'
import type { Group } from '@japa/runner/core'

export const SESSION_COOKIE = 'vejviser-session'

/**
 * Runs the group's requests against the database session store, the
 * embedded default (the rest of the suite uses memory, which loginAs
 * needs). Sessions are then rows a test can create, read and age.
 */
async function sessionConfig() {
  return (await configProvider.resolve<any>(app, app.config.get('session')))!
}

export function withDatabaseSessions(group: Group) {
  group.setup(async () => {
    const config = await sessionConfig()
    const emitter = await app.container.make('emitter')
    app.container.swap(
      SessionMiddleware,
      () => new SessionMiddleware({ ...config, store: 'database' }, emitter)
    )
    return () => app.container.restore(SessionMiddleware)
  })
}

/** The app's own database store (the factory config/session.ts configures). */
export async function databaseSessionStore() {
  const config = await sessionConfig()
  return config.stores.database(null, config) as {
    read(id: string): Promise<Record<string, unknown> | null>
    write(id: string, values: object): Promise<void>
  }
}

/**
 * A signed-in session as the login form leaves it (with a CSRF secret so the
 * holder can post forms): its id (the cookie value) and a CSRF token.
 */
export async function signedInSession(userId: number, values: Record<string, unknown> = {}) {
  const tokens = new Tokens()
  const secret = await tokens.secret()
  const id = randomUUID()
  const store = await databaseSessionStore()
  await store.write(id, {
    'auth_web': userId,
    'csrf-secret': secret,
    'auth_generation': 0,
    'auth_last_seen_at': Date.now(),
    ...values,
  })
  return { id, csrfToken: tokens.create(secret) }
}

/**
 * Sends the request with `sessionId` as its session cookie. (The session
 * plugin of the test client sets that cookie itself, from its own client,
 * so the id is handed to that client rather than set beside it.)
 */
export function withSessionId<Request extends { sessionClient: { sessionId: string } }>(
  request: Request,
  sessionId: string
) {
  request.sessionClient.sessionId = sessionId
  return request
}

/** What the database store holds under `sessionId` (null when it holds nothing). */
export async function storedSession(sessionId: string) {
  const store = await databaseSessionStore()
  return store.read(sessionId)
}
