import { spawn, type ChildProcess } from 'node:child_process'
import { connect } from 'node:net'

/**
 * A real app process (bin/server.ts) on its own port, sharing the test
 * database and Redis with this process — for proving that several
 * instances behave as one.
 */
export class AppProcess {
  #child: ChildProcess | null = null
  output = ''

  constructor(
    readonly port: number,
    readonly env: Record<string, string> = {},
    /** What to run: the HTTP server, or e.g. `['bin/console.ts', 'queue:work']`. */
    readonly script: string[] = ['bin/server.ts']
  ) {}

  get pid() {
    return this.#child?.pid ?? null
  }

  get base() {
    return `http://127.0.0.1:${this.port}`
  }

  /**
   * Starts the process and waits until it is ready: `/health` answers, or
   * (for a command) its output matches `readyWhen`.
   */
  async start(timeoutMs = 60_000, readyWhen?: RegExp) {
    this.output = ''
    this.#child = spawn(process.execPath, ['--import=@poppinss/ts-exec', ...this.script], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(this.port),
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.#child.stdout?.on('data', (chunk) => (this.output += chunk))
    this.#child.stderr?.on('data', (chunk) => (this.output += chunk))
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      // A command may print its ready line and exit (a migration) between two polls.
      if (readyWhen?.test(this.output)) return
      if (this.#child.exitCode !== null) throw new Error(`App process exited:\n${this.output}`)
      const ok = readyWhen
        ? readyWhen.test(this.output)
        : await fetch(`${this.base}/health`)
            .then((response) => response.status < 500)
            .catch(() => false)
      if (ok) return
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new Error(`App process on ${this.port} did not start:\n${this.output}`)
  }

  /** Kills the process the hard way (no shutdown hooks), as a crash or the OOM killer would. */
  async kill9() {
    const child = this.#child
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
  }

  async stop() {
    const child = this.#child
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    await exited
    clearTimeout(timer)
  }
}

/** True when something answers on host:port (e.g. Redis for the multi-instance test). */
export function reachable(host: string, port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = connect({ host, port }, () => {
      socket.end()
      resolve(true)
    })
    socket.on('error', () => resolve(false))
    socket.setTimeout(500, () => {
      socket.destroy()
      resolve(false)
    })
  })
}
