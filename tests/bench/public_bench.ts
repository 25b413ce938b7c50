/**
 * bench:public — the citizen start page and a guide page on the production
 * build (`node ace build`, NODE_ENV=production) against a bare node:http
 * server, measured side by side in one run (alternating rounds), each by a
 * load generator in its own process. Targets: p95 ≤ 20 ms at 10 connections
 * and ≥ 25 % of bare node:http requests/s.
 *
 *   npm run bench:public [-- --no-build] [-- --seconds 5 --rounds 3]
 * Needs the demo data (tmp/vejviser.sqlite3, `./vejviser demo` makes it).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, symlinkSync } from 'node:fs'
import { createServer } from 'node:net'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    'seconds': { type: 'string', default: '5' },
    'rounds': { type: 'string', default: '3' },
    'connections': { type: 'string', default: '10' },
  },
})
const root = new URL('../../', import.meta.url).pathname
const node = process.execPath

async function freePort() {
  return new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function waitFor(url: string, child: ChildProcess) {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode})`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} did not answer`)
}

function load(url: string) {
  const output = execFileSync(
    node,
    [
      '--import=@poppinss/ts-exec',
      'tests/bench/load_generator.ts',
      url,
      values.connections!,
      values.seconds!,
    ],
    { cwd: root, encoding: 'utf8' }
  )
  return JSON.parse(output) as {
    rps: number
    p50: number
    p95: number
    p99: number
    non2xx: number
  }
}

function appKey() {
  const line = existsSync(`${root}.env`)
    ? readFileSync(`${root}.env`, 'utf8')
        .split('\n')
        .find((entry) => entry.startsWith('APP_KEY='))
    : undefined
  return line?.slice('APP_KEY='.length) || 'bench-key-0123456789abcdef0123456789'
}

if (!existsSync(`${root}tmp/vejviser.sqlite3`)) {
  throw new Error('no demo data: run `./vejviser demo` (or migration:run + db:seed) first')
}
if (!values['no-build']) execFileSync(node, ['ace', 'build'], { cwd: root, stdio: 'inherit' })
if (!existsSync(`${root}build/node_modules`))
  symlinkSync('../node_modules', `${root}build/node_modules`)

const [appPort, barePort] = [await freePort(), await freePort()]
const appBase = `http://127.0.0.1:${appPort}`
const app = spawn(node, ['bin/server.js'], {
  cwd: `${root}build`,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(appPort),
    HOST: '127.0.0.1',
    APP_URL: appBase,
    APP_KEY: appKey(),
    LOG_LEVEL: 'warn',
    SESSION_DRIVER: 'cookie',
    DB_CONNECTION: 'sqlite',
    SQLITE_FILE: '../tmp/vejviser.sqlite3',
    QUEUE_DRIVER: 'inline',
    SEARCH_DRIVER: 'embedded',
    PUBLIC_API_RATE_LIMIT: '1000000000',
  },
})
// The bare server: its own process, a fixed small HTML answer.
const bare = spawn(
  node,
  [
    '-e',
    `require('node:http').createServer((q, s) => { s.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); s.end('<!DOCTYPE html><title>ok</title><p>ok</p>') }).listen(${barePort}, '127.0.0.1')`,
  ],
  { stdio: 'inherit' }
)

const targets: Record<string, string> = {
  'bare node:http (fixed HTML)': `http://127.0.0.1:${barePort}/`,
  'GET /k/soroe (start page)': `${appBase}/k/soroe`,
  'GET /k/soroe/vejledning/byggetilladelse': `${appBase}/k/soroe/vejledning/byggetilladelse`,
}
type Sample = ReturnType<typeof load>
const samples: Record<string, Sample[]> = Object.fromEntries(
  Object.keys(targets).map((name) => [name, []])
)
try {
  await waitFor(`${appBase}/health`, app)
  await waitFor(`http://127.0.0.1:${barePort}/`, bare)
  for (const url of Object.values(targets)) await fetch(url) // warm the caches
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const [name, url] of Object.entries(targets)) {
      const sample = load(url)
      if (sample.non2xx) console.warn(`${name}: ${sample.non2xx} non-2xx answers`)
      samples[name].push(sample)
    }
  }
} finally {
  app.kill('SIGTERM')
  bare.kill('SIGTERM')
}

const mean = (list: number[]) => list.reduce((sum, value) => sum + value, 0) / list.length
const bareRps = mean(samples['bare node:http (fixed HTML)'].map((sample) => sample.rps))
console.log(
  `\nbench:public — ${values.connections} connections, ${values.rounds} rounds × ${values.seconds} s, production build\n`
)
console.log('| target | req/s | ratio to bare | p50 ms | p95 ms | p99 ms | target met |')
console.log('|---|---:|---:|---:|---:|---:|---|')
for (const [name, list] of Object.entries(samples)) {
  const rps = mean(list.map((sample) => sample.rps))
  const p95 = Math.max(...list.map((sample) => sample.p95))
  const isBare = name.startsWith('bare')
  const met = isBare ? '' : rps / bareRps >= 0.25 && p95 <= 20 ? 'yes' : 'NO'
  console.log(
    `| ${name} | ${rps.toFixed(0)} | ${(rps / bareRps).toFixed(2)} | ${mean(list.map((s) => s.p50)).toFixed(1)} | ${p95.toFixed(1)} | ${Math.max(...list.map((s) => s.p99)).toFixed(1)} | ${met} |`
  )
}
