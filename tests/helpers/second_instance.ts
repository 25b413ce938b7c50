import { spawn, type ChildProcess } from 'node:child_process'
import { request } from 'node:http'
import app from '@adonisjs/core/services/app'
import { freePort } from '#tests/helpers/free_port'

/**
 * A second, real web server process (bin/server.ts) on the same database
 * as this test run: what two app instances behind a load balancer are.
 * Specs that prove something reaches "every instance" talk to it over HTTP.
 */
export type SecondInstance = {
  base: string
  /** What the process printed so far (for failure messages). */
  output(): string
  stop(): void
}

export async function startSecondInstance(env: Record<string, string>): Promise<SecondInstance> {
  const port = await freePort()
  let output = ''
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import=@poppinss/ts-exec', 'bin/server.ts'],
    {
      cwd: app.makePath(),
      env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }
  )
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  return {
    base: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: () => void child.kill('SIGTERM'),
  }
}

/** A GET that never throws: status 0 while the server is not up. */
export function httpGet(url: string): Promise<{ status: number; text: string; body: any }> {
  return new Promise((resolve) => {
    const req = request(url, { timeout: 2000 }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => {
        let body: any = null
        try {
          body = JSON.parse(text)
        } catch {}
        resolve({ status: res.statusCode ?? 0, text, body })
      })
    })
    req.once('error', () => resolve({ status: 0, text: '', body: null }))
    req.once('timeout', () => req.destroy())
    req.end()
  })
}

/** Polls `check` every 25 ms; fails after `ms` with what the other process said. */
export async function waitFor(check: () => Promise<boolean>, ms: number, log: () => string) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`Timed out after ${ms} ms. Other process said:\n${log().slice(-3000)}`)
}
