import db from '@adonisjs/lucid/services/db'
import type { SyntheticRow } from '#stats/synthetic/synthetic_day'

/** Rows per prepared SQLite statement (18 columns × 500 stays under its 32,766 variables). */
const SQLITE_ROWS = 500

interface SqliteStatement {
  run(...values: unknown[]): unknown
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement
  transaction(body: () => void): () => void
}

/**
 * Writes generated rows with multi-row INSERTs, one transaction per batch.
 * MariaDB: the values are inlined as literals (they are numbers, NULL or
 * fixed words, never input), so a 5,000-row statement costs no bindings,
 * and the server inserts one batch while this process generates the next.
 * SQLite runs in this process: prepared 500-row statements on the driver's
 * own connection, with a 256 MB page cache (the default 2 MB made every
 * index insert a disk read).
 */
export class BulkWriter {
  #pending: Promise<unknown> = Promise.resolve()
  #mysql = db.connection().dialect.name === 'mysql'
  #statements = new Map<number, SqliteStatement>()
  #statementsOf: SqliteDatabase | null = null
  written = 0

  /** `dryRun`: build the statements, send nothing (measures generation alone). */
  constructor(
    private table: string,
    private columns: readonly string[],
    private dryRun = false
  ) {}

  async prepare() {
    if (this.dryRun || this.#mysql) return
    await db.rawQuery('PRAGMA cache_size = -262144')
  }

  /** Queues a batch; resolves once the previous batch is in (back-pressure). */
  async write(rows: SyntheticRow[]) {
    if (rows.length === 0) return
    await this.#pending
    if (this.#mysql) {
      const sql = this.#insert(rows.length, (row) => `(${rows[row].map(literal).join(',')})`)
      if (this.dryRun) return
      this.#pending = db.rawQuery(sql).then(() => {
        this.written += rows.length
      })
    } else if (!this.dryRun) {
      await this.#writeSqlite(rows)
      this.written += rows.length
    }
  }

  async flush() {
    await this.#pending
  }

  #insert(count: number, tuple: (row: number) => string) {
    const q = (name: string) => (this.#mysql ? `\`${name}\`` : `"${name}"`)
    const values = Array.from({ length: count }, (_, row) => tuple(row)).join(',')
    return `INSERT INTO ${q(this.table)} (${this.columns.map(q).join(', ')}) VALUES ${values}`
  }

  async #writeSqlite(rows: SyntheticRow[]) {
    const knex = db.connection().getWriteClient()
    const connection = (await knex.client.acquireConnection()) as SqliteDatabase
    try {
      // Prepared statements belong to one connection.
      if (this.#statementsOf !== connection) this.#statements.clear()
      this.#statementsOf = connection
      const placeholders = `(${this.columns.map(() => '?').join(',')})`
      const statement = (count: number) => {
        let prepared = this.#statements.get(count)
        if (!prepared) {
          prepared = connection.prepare(this.#insert(count, () => placeholders))
          this.#statements.set(count, prepared)
        }
        return prepared
      }
      connection.transaction(() => {
        for (let start = 0; start < rows.length; start += SQLITE_ROWS) {
          const chunk = rows.slice(start, start + SQLITE_ROWS)
          statement(chunk.length).run(...chunk.flat())
        }
      })()
    } finally {
      await knex.client.releaseConnection(connection)
    }
  }
}

function literal(value: string | number | null) {
  if (value === null) return 'NULL'
  return typeof value === 'number' ? String(value) : `'${value}'`
}
