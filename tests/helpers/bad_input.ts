import fc from 'fast-check'
import { appBase } from '#tests/helpers/channel_provider'

/**
 * Property-based bad input for any HTTP endpoint: random and hostile
 * strings, JSON of any shape, and bodies over the limit. Use it for every
 * public endpoint you add:
 *
 *   await assertSurvivesBadInput({ method: 'POST', path: '/api/v1/x', runs: 50 })
 *
 * The property is "never a 5xx" (an unhandled exception is a 500); an
 * oversized body must answer 413.
 */
export type BadInputTarget = {
  method: 'GET' | 'POST' | 'PUT'
  /** Path, or a function of a random path segment (for route parameters). */
  path: string | ((segment: string) => string)
  runs?: number
  headers?: Record<string, string>
}

const hostileText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '<!--<script>alert(1)</script>',
    "' OR 1=1 --",
    '../../etc/passwd',
    '%00%ff',
    '{{7*7}}',
    '\u0000\ud800',
    '010190-1234',
    'x'.repeat(5000)
  )
)

export const badJson = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  hostileText,
  fc.constantFrom('{', '[1,', '{"q":', 'null', '"', '{"__proto__":{"x":1}}')
)

async function send(target: BadInputTarget, segment: string, body?: string, query?: string) {
  const path = typeof target.path === 'function' ? target.path(segment) : target.path
  const url = `${appBase()}${path}${query ? `?${query}` : ''}`
  const response = await fetch(url, {
    method: target.method,
    headers: {
      'content-type': 'application/json',
      'accept': 'application/json',
      ...target.headers,
    },
    body: target.method === 'GET' ? undefined : body,
    redirect: 'manual',
  })
  await response.arrayBuffer()
  return response.status
}

/** Random bodies, query strings and path segments never make the endpoint answer 5xx. */
export async function assertSurvivesBadInput(target: BadInputTarget) {
  await fc.assert(
    fc.asyncProperty(
      hostileText,
      badJson,
      fc.array(fc.tuple(hostileText, hostileText), { maxLength: 4 }),
      async (segment, body, pairs) => {
        // A lone surrogate cannot be percent-encoded; a client would send U+FFFD.
        const wellFormed = pairs.map(([k, v]): [string, string] => [
          k.toWellFormed(),
          v.toWellFormed(),
        ])
        const query = new URLSearchParams(wellFormed).toString()
        const status = await send(target, encodeURIComponent(segment.toWellFormed()), body, query)
        if (status >= 500) {
          throw new Error(`${target.method} answered ${status} (segment ${segment}, body ${body})`)
        }
      }
    ),
    { numRuns: target.runs ?? 50 }
  )
}

/** A body over the bodyparser's limit answers 413, not 5xx. */
export async function assertRefusesOversizedBody(target: BadInputTarget, bytes = 2 * 1024 * 1024) {
  const body = JSON.stringify({ q: 'a'.repeat(bytes) })
  return send(target, 'x', body)
}
