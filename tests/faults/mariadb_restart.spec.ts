import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import env from '#start/env'
import { AppProcess } from '#tests/helpers/app_process'
import { MariadbServer, mariadbAvailable } from '#tests/helpers/mariadb_server'

const DB_PORT = env.get('PORT') + 6
const APP_PORT = env.get('PORT') + 3
const TOKEN = env.get('HEALTH_TOKEN')?.release() ?? ''

/** The app's own view of its database: the health check's Database entry. */
async function databaseStatus(base: string) {
  try {
    const response = await fetch(`${base}/health`, {
      headers: { authorization: `Bearer ${TOKEN}` },
      signal: AbortSignal.timeout(5000),
    })
    const body = (await response.json()) as { checks?: { name: string; status: string }[] }
    const check = body.checks?.find((entry) => /database/i.test(entry.name))
    return { http: response.status, database: check?.status ?? 'missing' }
  } catch {
    return { http: 0, database: 'unreachable' }
  }
}

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  let last = await probe()
  while (!ok(last) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    last = await probe()
  }
  return last
}

/**
 * The database crashes (SIGKILL) under a running app and comes back on the
 * same data: the app answers 503 meanwhile and recovers by itself, without
 * a restart. Runs against a MariaDB of its own (own port, own datadir).
 */
test.group('Faults: MariaDB restarted under a running app', (group) => {
  const available = mariadbAvailable()
  const server = new MariadbServer(DB_PORT, app.tmpPath(`faults-mariadb-${process.pid}`))
  const appEnv = {
    DB_CONNECTION: 'mysql',
    DB_HOST: '127.0.0.1',
    DB_PORT: String(DB_PORT),
    DB_USER: 'root',
    DB_DATABASE: 'vejviser_faults',
    QUEUE_DRIVER: 'inline',
    LIMITER_STORE: 'memory',
    SESSION_DRIVER: 'memory',
    TRANSMIT_TRANSPORT: 'memory',
    PUBLIC_CACHE_BUS: 'memory',
    SEARCH_DRIVER: 'embedded',
    SEARCH_INDEX_BUS: 'none',
    LOG_LEVEL: 'fatal',
  }
  const instance = new AppProcess(APP_PORT, appEnv)
  const migrate = new AppProcess(APP_PORT, appEnv, ['bin/console.ts', 'migration:run', '--force'])

  group.setup(() => {
    if (!available) {
      console.warn('\n!!! SKIPPED: mariadbd / mariadb-install-db not installed (faults/mariadb)\n')
    }
  })
  group.each.teardown(async () => {
    await instance.stop()
    await server.remove()
  })

  test('the app answers 503 while the database is down and recovers without a restart', async ({
    assert,
  }) => {
    await server.init()
    await server.start()
    server.sql('CREATE DATABASE vejviser_faults CHARACTER SET utf8mb4 COLLATE utf8mb4_danish_ci')
    await migrate.start(90_000, /Migrated in|Already up to date/)
    await migrate.stop()
    await instance.start()
    const pid = instance.pid
    assert.deepEqual(await databaseStatus(instance.base), { http: 200, database: 'ok' })

    await server.kill()
    const down = await until(
      () => databaseStatus(instance.base),
      (status) => status.http === 503,
      15_000
    )
    assert.equal(down.http, 503, 'health must report the lost database')

    await server.start()
    const back = await until(
      () => databaseStatus(instance.base),
      (status) => status.http === 200,
      30_000
    )
    assert.deepEqual(back, { http: 200, database: 'ok' })
    assert.equal(instance.pid, pid, 'the app was not restarted')
  })
    .skip(!available, 'mariadbd is not installed')
    .timeout(120_000)
})
