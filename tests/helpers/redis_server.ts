import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { reachable } from '#tests/helpers/app_process'

/** The redis-server binary, or null (fault tests then skip, loudly). */
export function redisServerBinary() {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' })
  return found.status === 0 ? found.stdout.trim() : null
}

/**
 * A Redis of the test's own on its own port, without persistence (like a
 * cache-only production Redis that restarts empty). Stopped by its PID,
 * never by name: the machine's shared Redis is not touched.
 */
export class RedisServer {
  #child: ChildProcess | null = null

  constructor(readonly port: number) {}

  async start() {
    const binary = redisServerBinary()
    if (!binary) throw new Error('redis-server is not installed')
    this.#child = spawn(
      binary,
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' }
    )
    for (let tries = 0; tries < 100; tries++) {
      if (await reachable('127.0.0.1', this.port)) return this
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(`redis-server did not start on ${this.port}`)
  }

  /** SIGKILL: whatever Redis held is gone (no persistence). */
  async kill() {
    const child = this.#child
    if (!child || child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
    this.#child = null
  }
}
