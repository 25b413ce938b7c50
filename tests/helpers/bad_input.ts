import fc from 'fast-check'
import limiter from '@adonisjs/limiter/services/main'
import { appBase } from '#tests/helpers/channel_provider'

/**
 * Property-based bad input for any HTTP endpoint: random and hostile
 * strings, JSON of any shape, and bodies over the limit. Use it for every
 * public endpoint you add:
 *
 *   await assertSurvivesBadInput({ method: 'POST', path: '/api/v1/x', runs: 50 })
 *
 * The property is "never a 5xx" (an unhandled exception is a 500) and
 * "a JSON 422 says why"; an oversized body must answer 413.
 */
export type BadInputTarget = {
  method: 'GET' | 'POST' | 'PUT'
  /** Path, or a function of a random path segment (for route parameters). */
  path: string | ((segment: string) => string)
  runs?: number
  headers?: Record<string, string>
  /** Extra headers computed from the body (a webhook signature over the raw bytes). */
  sign?: (body: string) => Record<string, string>
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

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json',
  'application/x-www-form-urlencoded',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin9'
)

async function send(
  target: BadInputTarget,
  segment: string,
  body?: string,
  query?: string,
  contentType = 'application/json'
) {
  const path = typeof target.path === 'function' ? target.path(segment) : target.path
  const url = `${appBase()}${path}${query ? `?${query}` : ''}`
  const response = await fetch(url, {
    method: target.method,
    headers: {
      'content-type': contentType,
      'accept': 'application/json',
      ...target.headers,
      ...(body !== undefined && target.sign ? target.sign(body) : {}),
    },
    body: target.method === 'GET' ? undefined : body,
    redirect: 'manual',
  })
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text: await response.text(),
  }
}

/** A refused input says why: a JSON 422 carries at least one non-empty message. */
function explainsRefusal(answer: Awaited<ReturnType<typeof send>>) {
  if (answer.status !== 422 || !answer.type.includes('json')) return true
  const errors = (JSON.parse(answer.text) as { errors?: { message?: unknown }[] }).errors
  return (
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every((error) => typeof error.message === 'string' && error.message.length > 0)
  )
}

/** Random bodies, query strings and path segments never make the endpoint answer 5xx. */
export async function assertSurvivesBadInput(target: BadInputTarget) {
  await fc.assert(
    fc.asyncProperty(
      hostileText,
      badJson,
      fc.array(fc.tuple(hostileText, hostileText), { maxLength: 4 }),
      contentTypes,
      async (segment, body, pairs, contentType) => {
        // A lone surrogate cannot be percent-encoded; a client would send U+FFFD.
        const wellFormed = pairs.map(([k, v]): [string, string] => [
          k.toWellFormed(),
          v.toWellFormed(),
        ])
        const query = new URLSearchParams(wellFormed).toString()
        // Every run comes from the same loopback address: a 429 would hide the endpoint.
        await limiter.clear()
        const path = encodeURIComponent(segment.toWellFormed())
        const answer = await send(target, path, body, query, contentType)
        const status = answer.status
        if (status >= 500 || !explainsRefusal(answer)) {
          throw new Error(
            `${target.method} ${typeof target.path === 'string' ? target.path : '(param)'} answered ${status} (${contentType}, segment ${segment}, query ${query}, body ${body.slice(0, 300)}): ${answer.text.slice(0, 300)}`
          )
        }
      }
    ),
    { numRuns: target.runs ?? 50 }
  )
}

/** A body over the bodyparser's limit answers 413, not 5xx. */
export async function assertRefusesOversizedBody(target: BadInputTarget, bytes = 2 * 1024 * 1024) {
  const body = JSON.stringify({ q: 'a'.repeat(bytes) })
  const answer = await send(target, '1', body)
  return answer.status
}
