import { randomUUID } from 'node:crypto'
import Tokens from 'csrf'
import app from '@adonisjs/core/services/app'
import { configProvider } from '@adonisjs/core'
import SessionMiddleware from '@adonisjs/session/session_middleware'
import type { Group } from '@japa/runner/core'

/** The server-side stores config/session.ts offers besides memory. */
export type ServerSessionStore = 'database' | 'redis'

type Store = {
  read(id: string): Promise<Record<string, unknown> | null>
  write(id: string, values: object): Promise<void>
}

async function sessionConfig() {
  return (await configProvider.resolve<any>(app, app.config.get('session')))!
}

/**
 * Runs the group's requests against a real server-side session store (the
 * rest of the suite uses memory, which loginAs needs). Sessions are then
 * entries a test can create, read and age, as in the demo and production.
 */
export function withSessionStore(group: Group, store: ServerSessionStore) {
  group.setup(async () => {
    const config = await sessionConfig()
    const emitter = await app.container.make('emitter')
    app.container.swap(
      SessionMiddleware,
      () => new SessionMiddleware({ ...config, store }, emitter)
    )
    return () => app.container.restore(SessionMiddleware)
  })
}

/** The app's own store (the factory config/session.ts configures). */
export async function sessionStore(store: ServerSessionStore): Promise<Store> {
  const config = await sessionConfig()
  return config.stores[store](null, config)
}

/**
 * A signed-in session as the login form leaves it (with a CSRF secret so the
 * holder can post forms): its id (the cookie value) and a CSRF token.
 */
export async function signedInSession(
  store: ServerSessionStore,
  userId: number,
  values: Record<string, unknown> = {}
) {
  const tokens = new Tokens()
  const secret = await tokens.secret()
  const id = randomUUID()
  const target = await sessionStore(store)
  await target.write(id, {
    'auth_web': userId,
    'csrf-secret': secret,
    'auth_generation': 0,
    'auth_last_seen_at': Date.now(),
    ...values,
  })
  return { id, csrfToken: tokens.create(secret) }
}

/** What `store` holds under `sessionId` (null when it holds nothing). */
export async function storedSession(store: ServerSessionStore, sessionId: string) {
  const target = await sessionStore(store)
  return target.read(sessionId)
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
