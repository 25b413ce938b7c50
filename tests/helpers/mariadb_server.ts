import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { reachable } from '#tests/helpers/app_process'

const MARIADBD = '/usr/sbin/mariadbd'

/** True when a MariaDB server and its install tool are on this machine. */
export function mariadbAvailable() {
  const tool = spawnSync('sh', ['-c', 'command -v mariadb-install-db'], { encoding: 'utf8' })
  return existsSync(MARIADBD) && tool.status === 0
}

/**
 * A MariaDB of the test's own: its own data directory under tmp/, its own
 * port, no grant tables (root without password, loopback only). Killed by
 * its PID; the machine's MariaDB on 3306 is never touched.
 */
export class MariadbServer {
  #child: ChildProcess | null = null

  constructor(
    readonly port: number,
    readonly dir: string
  ) {}

  get datadir() {
    return `${this.dir}/data`
  }

  async init() {
    await rm(this.dir, { recursive: true, force: true })
    await mkdir(this.dir, { recursive: true })
    const result = spawnSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${this.datadir}`, '--skip-test-db', '--user=root'],
      { encoding: 'utf8' }
    )
    if (result.status !== 0) throw new Error(`mariadb-install-db failed:\n${result.stderr}`)
  }

  async start() {
    this.#child = spawn(
      MARIADBD,
      [
        '--no-defaults',
        `--datadir=${this.datadir}`,
        `--port=${this.port}`,
        '--bind-address=127.0.0.1',
        `--socket=${this.dir}/mariadb.sock`,
        '--user=root',
        '--skip-grant-tables',
        '--innodb-buffer-pool-size=32M',
        `--log-error=${this.dir}/error.log`,
      ],
      { stdio: 'ignore' }
    )
    for (let tries = 0; tries < 300; tries++) {
      if (await reachable('127.0.0.1', this.port)) return this
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`mariadbd did not start on ${this.port} (see ${this.dir}/error.log)`)
  }

  /** Runs SQL through the mariadb client. */
  sql(statement: string) {
    const result = spawnSync(
      'mariadb',
      ['--no-defaults', '-uroot', '-h127.0.0.1', `-P${this.port}`, '-e', statement],
      { encoding: 'utf8' }
    )
    if (result.status !== 0) throw new Error(`mariadb: ${result.stderr}`)
  }

  /** SIGKILL: a crash, not a clean shutdown (InnoDB recovers at the next start). */
  async kill() {
    const child = this.#child
    if (!child || child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
    this.#child = null
  }

  async remove() {
    await this.kill()
    await rm(this.dir, { recursive: true, force: true })
  }
}
