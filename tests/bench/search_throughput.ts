import { execFile } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { promisify } from 'node:util'
import type SearchEngine from '#search/search_engine'
import type { SearchQuery } from '#search/search_engine'

/**
 * Throughput for bench:search: requests per second under load (autocannon
 * in its own process, 10 connections, one URL per run — so the load
 * generator never shares the server's event loop) and searches per second
 * of an engine called in-process (what the HTTP layer can at best reach).
 */

const run = promisify(execFile)

export type LoadTarget = {
  url: string
  method?: 'GET' | 'POST'
  body?: string
  headers?: Record<string, string>
}

export type LoadResult = { rate: number; non2xx: number }

/** Mean requests per second over `seconds` with 10 keep-alive connections. */
export async function loadRate(target: LoadTarget, seconds: number): Promise<LoadResult> {
  const args = [
    'node_modules/autocannon/autocannon.js',
    '--json',
    '-c',
    '10',
    '-d',
    String(seconds),
  ]
  if (target.method) args.push('-m', target.method)
  if (target.body) args.push('-b', target.body)
  for (const [name, value] of Object.entries(target.headers ?? {})) {
    args.push('-H', `${name}=${value}`)
  }
  args.push(target.url)
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 })
  const report = JSON.parse(stdout) as { requests: { average: number }; non2xx: number }
  return { rate: report.requests.average, non2xx: report.non2xx }
}

/**
 * Searches per second of `engine.search(query)` awaited one after another
 * for `seconds` (after a short warm-up): the engine's own ceiling in this
 * process, with no HTTP, validation or JSON in the way.
 */
export async function inProcessRate(engine: SearchEngine, query: SearchQuery, seconds: number) {
  for (let i = 0; i < 50; i++) await engine.search(query)
  const until = performance.now() + seconds * 1000
  let count = 0
  const started = performance.now()
  while (performance.now() < until) {
    for (let i = 0; i < 20; i++) await engine.search(query)
    count += 20
  }
  return count / ((performance.now() - started) / 1000)
}

export function mean(values: number[]) {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0
}
