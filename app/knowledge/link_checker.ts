export type LinkCheckResult = {
  /** HTTP status of the last answer; null when none came (network error, timeout). */
  status: number | null
  /** Where the redirects ended, when the URL redirected; null otherwise. */
  redirectTo: string | null
  error: string | null
  broken: boolean
}

export type CheckLinkOptions = {
  /** Injectable so tests (and the command) never depend on the internet. */
  fetch?: typeof globalThis.fetch
  /** Budget for the whole check, redirects included. */
  timeoutMs?: number
}

export const MAX_REDIRECTS = 5
const REDIRECTS = new Set([301, 302, 303, 307, 308])
/** Servers that refuse HEAD answer one of these; GET tells the truth then. */
const HEAD_REFUSED = new Set([405, 501])
const HEADERS = { 'user-agent': 'Vejviser link checker', 'accept': '*/*' }

class CheckTimeout extends Error {}

/**
 * Checks one self-service URL the way a citizen's browser would reach it:
 * HEAD first (cheap), GET when the server refuses HEAD, redirects followed
 * by hand (at most five) so the final address is known. Never throws: every
 * failure becomes a result with `broken: true`.
 */
export async function checkLink(
  url: string,
  { fetch = globalThis.fetch, timeoutMs = 8000 }: CheckLinkOptions = {}
): Promise<LinkCheckResult> {
  let current: URL
  try {
    current = httpUrl(url)
  } catch (error) {
    return { status: null, redirectTo: null, error: describe(error), broken: true }
  }

  const controller = new AbortController()
  // Races every request too, so even a fetch that ignores the signal cannot hang the check.
  const timedOut = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new CheckTimeout()), { once: true })
  })
  timedOut.catch(() => {})
  const timer = setTimeout(() => controller.abort(), timeoutMs)

  let redirectTo: string | null = null
  try {
    for (let followed = 0; ; followed++) {
      const response = await Promise.race([request(fetch, current, controller.signal), timedOut])
      const status = response.status
      if (!REDIRECTS.has(status)) {
        return { status, redirectTo, error: null, broken: status >= 400 }
      }
      const location = response.headers.get('location')
      if (!location) {
        return { status, redirectTo, error: 'Redirect without a Location header', broken: true }
      }
      if (followed === MAX_REDIRECTS) {
        return { status, redirectTo, error: `More than ${MAX_REDIRECTS} redirects`, broken: true }
      }
      current = httpUrl(location, current)
      redirectTo = current.href
    }
  } catch (error) {
    const message =
      error instanceof CheckTimeout || controller.signal.aborted
        ? `Timed out after ${timeoutMs} ms`
        : describe(error)
    return { status: null, redirectTo, error: message, broken: true }
  } finally {
    clearTimeout(timer)
  }
}

async function request(fetch: typeof globalThis.fetch, url: URL, signal: AbortSignal) {
  const head = await fetch(url, { method: 'HEAD', redirect: 'manual', signal, headers: HEADERS })
  await discard(head)
  if (!HEAD_REFUSED.has(head.status)) return head
  const get = await fetch(url, { method: 'GET', redirect: 'manual', signal, headers: HEADERS })
  await discard(get)
  return get
}

/** Only the status matters: never download a body. */
async function discard(response: Response) {
  await response.body?.cancel().catch(() => {})
}

function httpUrl(value: string, base?: URL) {
  const url = new URL(value, base)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Not an http(s) URL: ${url.href}`)
  }
  return url
}

/** undici hides the useful part ("ECONNREFUSED", "ENOTFOUND") in `cause`. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause
  if (cause instanceof Error) {
    const detail = cause.message || (cause as NodeJS.ErrnoException).code || cause.name
    return `${error.message}: ${detail}`
  }
  return error.message
}
