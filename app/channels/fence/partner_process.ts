import { fork, type ChildProcess } from 'node:child_process'
import { dirname, join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ChannelSendError } from '#channel_kit'

/** An error as it crossed the process boundary. */
type WireError = {
  name: string
  message: string
  retryable?: boolean
  status: number | null
  retryAfterMs?: number | null
}

export type PartnerFetchRequest = {
  url: string
  method: string
  headers: Record<string, string>
  body: string | Uint8Array | null
}

export type PartnerHandlers = {
  /** A driver's context.fetch, after the app checked the host. */
  fetch(
    handle: number,
    request: PartnerFetchRequest
  ): Promise<{
    status: number
    statusText: string
    headers: Record<string, string>
    body: Uint8Array
  }>
  log(handle: number, level: string, message: string, data: Record<string, unknown>): void
}

const appRoot = fileURLToPath(new URL('../../../', import.meta.url))
const childFile = fileURLToPath(
  new URL(`./partner_child${extensionOf(import.meta.url)}`, import.meta.url)
)
const CALL_TIMEOUT_MS = 30_000

function extensionOf(url: string) {
  return url.endsWith('.ts') ? '.ts' : '.js'
}

/** The kit's entry file as the app resolves it (main.ts under ts-exec, main.js when built). */
function kitFile() {
  return fileURLToPath(import.meta.resolve('#channel_kit'))
}

function rebuildError(error: WireError) {
  if (typeof error.retryable === 'boolean') {
    return new ChannelSendError(error.message, {
      retryable: error.retryable,
      status: error.status,
      retryAfterMs: error.retryAfterMs,
    })
  }
  return Object.assign(new Error(error.message), { name: error.name })
}

/**
 * One partner plugin's own Node process: `--permission` with reads limited
 * to the plugin's folder, the kit and node_modules (no writes, no child
 * processes, no workers, no addons), an environment with nothing but
 * NODE_ENV (no APP_KEY, no database credentials), and the kit API over the
 * IPC channel. The app keeps the secrets, the database and the network:
 * the plugin's fetch is a call back into the app, which checks the host.
 */
export class PartnerProcess {
  #child: ChildProcess
  #calls = new Map<number, { resolve(value: any): void; reject(error: Error): void }>()
  #nextCall = 1
  #ready: Promise<void>
  #stderr = ''

  constructor(
    readonly pluginDir: string,
    readonly pluginFile: string,
    private handlers: PartnerHandlers
  ) {
    const kit = kitFile()
    const folders = [pluginDir, dirname(kit), join(appRoot, 'node_modules')]
    const files = [childFile, join(appRoot, 'package.json')]
    this.#child = fork(childFile, [kit, pluginFile], {
      execArgv: [
        '--permission',
        ...folders.map((path) => `--allow-fs-read=${path.endsWith(sep) ? path : path + sep}`),
        ...files.map((path) => `--allow-fs-read=${path}`),
        '--disable-warning=ExperimentalWarning',
      ],
      env: { NODE_ENV: process.env.NODE_ENV ?? 'production' },
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    })
    this.#child.stderr?.on('data', (chunk) => (this.#stderr = (this.#stderr + chunk).slice(-4000)))
    this.#ready = new Promise((resolve, reject) => {
      this.#child.once('exit', (code) => {
        const error = new Error(`partner plugin process exited (${code}): ${this.#stderr.trim()}`)
        reject(error)
        for (const call of this.#calls.values()) call.reject(error)
        this.#calls.clear()
      })
      this.#child.on('message', (message: any) => {
        if (message.type === 'ready') return resolve()
        this.#onMessage(message)
      })
    })
    this.#ready.catch(() => {})
    ;(this.#child.stderr as unknown as { unref?(): void } | null)?.unref?.()
    this.#hold(1)
    this.#ready.finally(() => this.#hold(-1)).catch(() => {})
    process.once('exit', () => this.stop())
  }

  /**
   * The app may exit while a partner process idles, but not while it waits
   * for an answer: the child and its channel are referenced only then.
   */
  #holds = 0
  #hold(change: 1 | -1) {
    this.#holds += change
    const channel = (this.#child as unknown as { channel?: { ref(): void; unref(): void } }).channel
    if (this.#holds > 0) {
      this.#child.ref()
      channel?.ref()
    } else {
      this.#child.unref()
      channel?.unref()
    }
  }

  get pid() {
    return this.#child.pid
  }

  async call<T = unknown>(op: string, args: Record<string, unknown> = {}): Promise<T> {
    await this.#ready
    const id = this.#nextCall++
    this.#hold(1)
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#calls.delete(id)
        this.#hold(-1)
        reject(
          new ChannelSendError(`partner plugin did not answer ${op} in time`, { retryable: true })
        )
      }, CALL_TIMEOUT_MS)
      const settle = () => (clearTimeout(timer), this.#hold(-1))
      this.#calls.set(id, {
        resolve: (value) => (settle(), resolve(value)),
        reject: (error) => (settle(), reject(error)),
      })
      this.#child.send({ id, op, args })
    })
  }

  async #onMessage(message: any) {
    if (message.type === 'result') {
      const call = this.#calls.get(message.id)
      this.#calls.delete(message.id)
      if (message.ok) call?.resolve(message.value)
      else call?.reject(rebuildError(message.error))
    } else if (message.type === 'log') {
      this.handlers.log(message.handle, message.level, message.message, message.data)
    } else if (message.type === 'fetch') {
      try {
        const response = await this.handlers.fetch(message.handle, message.request)
        this.#child.send({ type: 'fetched', rid: message.rid, response })
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error)
        this.#child.send({ type: 'fetched', rid: message.rid, error: text })
      }
    }
  }

  stop() {
    if (this.#child.exitCode === null) this.#child.kill()
  }
}
