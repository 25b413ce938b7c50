import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/lucid'

/**
 * SQLite under tmp/ is the embedded default; MariaDB/MySQL (mysql2) is
 * production. Models normalise the differences (JSON, decimals, booleans,
 * datetimes) so nothing above them knows which one runs.
 */
const migrations = { naturalSort: true, paths: ['database/migrations'] }

const sqliteFile = app.makePath(
  env.get('SQLITE_FILE', app.inTest ? 'tmp/test.sqlite3' : 'tmp/vejviser.sqlite3')
)
// better-sqlite3 refuses to create a file in a missing directory.
mkdirSync(dirname(sqliteFile), { recursive: true })

/**
 * Read replicas (docs/deployment.md): `DB_READ_HOSTS=replica1:3306,replica2`
 * sends Lucid's reads to them and every write (and every transaction) to
 * DB_HOST. Unset, one server does both.
 */
function mysqlReplicas() {
  const reads = (env.get('DB_READ_HOSTS') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (!reads.length) return undefined
  return {
    write: {
      connection: { host: env.get('DB_HOST', '127.0.0.1'), port: env.get('DB_PORT', 3306) },
    },
    read: {
      connection: reads.map((entry) => {
        const [host, port] = entry.split(':')
        return { host, port: Number(port ?? env.get('DB_PORT', 3306)) }
      }),
    },
  }
}

const dbConfig = defineConfig({
  connection: env.get('DB_CONNECTION', 'sqlite'),
  connections: {
    sqlite: {
      client: 'better-sqlite3',
      connection: {
        filename: sqliteFile,
      },
      useNullAsDefault: true,
      migrations,
      schemaGeneration: { enabled: false },
    },
    mysql: {
      client: 'mysql2',
      connection: {
        host: env.get('DB_HOST', '127.0.0.1'),
        port: env.get('DB_PORT', 3306),
        user: env.get('DB_USER', 'root'),
        password: env.get('DB_PASSWORD')?.release() ?? '',
        database: env.get('DB_DATABASE', app.inTest ? 'vejviser_test' : 'vejviser'),
        // The process runs in UTC (bin/*.ts); DATETIME values are UTC on both drivers.
        timezone: 'Z',
      },
      replicas: mysqlReplicas(),
      migrations,
      schemaGeneration: { enabled: false },
    },
  },
})

export default dbConfig
