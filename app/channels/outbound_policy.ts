import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns'
import { isIP } from 'node:net'
import { Agent, fetch as undiciFetch } from 'undici'
import env from '#start/env'
import { isNonPublicAddress, unmapIPv4 } from '#support/ip_ranges'

/**
 * Where a kommune's channel settings may send the app: the public internet
 * only. A kommune admin is not the operator; letting their "base URL" or
 * SMTP host point at 127.0.0.1, the cloud metadata address or the internal
 * network turned "test connection" into a way to read internal services.
 * Operators name exceptions in CHANNEL_OUTBOUND_ALLOWLIST (host names or
 * addresses; tests and the demo name their local fake providers there).
 */
export class OutboundAddressRefused extends Error {
  readonly code = 'E_OUTBOUND_REFUSED'
  constructor(readonly host: string) {
    super(`Outbound connection to "${host}" refused: it is not a public internet address`)
  }
}

function normaliseHost(host: string) {
  return host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
}

/** The addresses a host name stands for (an address stands for itself). */
async function resolve(host: string): Promise<string[]> {
  const plain = normaliseHost(host)
  if (isIP(plain)) return [plain]
  const found = await new Promise<LookupAddress[]>((done, fail) =>
    dnsLookup(plain, { all: true }, (error, addresses) => (error ? fail(error) : done(addresses)))
  )
  return found.map((entry) => entry.address)
}

/**
 * The rule with its allow-list. The app uses one built from the environment
 * (`outboundPolicy`); tests build their own to prove the rule with an empty
 * list.
 */
export class OutboundPolicy {
  #allowlist: Set<string>
  #agent: Agent

  constructor(allowlist: string | string[] | undefined) {
    const items = Array.isArray(allowlist) ? allowlist : (allowlist ?? '').split(',')
    this.#allowlist = new Set(items.map(normaliseHost).filter(Boolean))
    this.#agent = new Agent({ connect: { lookup: this.lookup as any } })
  }

  /** True when the operator allowed this host (as written in the settings) explicitly. */
  isAllowlisted(host: string) {
    return this.#allowlist.has(normaliseHost(host))
  }

  /**
   * Refuses a host that is (or resolves to) a non-public address unless it
   * is allow-listed. Used when settings are saved and before a driver is
   * built; the connection itself is checked again by `fetch`. A name that
   * does not resolve is left to fail at connect time.
   */
  async assertPublicHost(host: string) {
    if (this.isAllowlisted(host)) return
    const addresses = await resolve(host).catch(() => [])
    if (addresses.some(isNonPublicAddress)) throw new OutboundAddressRefused(host)
  }

  /**
   * A DNS lookup for the HTTP agent that refuses non-public answers. The
   * check runs on the very addresses the socket connects to, so a name that
   * was public when saved and now resolves to 127.0.0.1 (DNS rebinding) is
   * caught.
   */
  lookup = (
    hostname: string,
    options: LookupOptions,
    callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void
  ) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, [])
      const refused =
        !this.isAllowlisted(hostname) &&
        addresses.some((entry) => isNonPublicAddress(entry.address))
      if (refused) return callback(new OutboundAddressRefused(hostname), [])
      if (options.all) return callback(null, addresses)
      callback(null, unmapIPv4(addresses[0].address), addresses[0].family)
    })
  }

  /**
   * The fetch channel drivers get. Literal addresses never reach the
   * lookup, so they are checked here; redirects are not followed (a public
   * provider could otherwise bounce the request inward).
   */
  fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const host = normaliseHost(url.hostname)
    if (isIP(host) && !this.isAllowlisted(host) && isNonPublicAddress(host)) {
      throw new OutboundAddressRefused(host)
    }
    const response = await undiciFetch(url, {
      ...(init as object),
      redirect: 'manual',
      dispatcher: this.#agent,
    } as Parameters<typeof undiciFetch>[1])
    return response as unknown as Response
  }

  /** The settings fields whose host is refused (empty when all are fine). */
  async refusedFields(form: { key: string; type: string }[], settings: Record<string, unknown>) {
    const refused: string[] = []
    for (const { key, host } of outboundHosts(form, settings)) {
      try {
        await this.assertPublicHost(host)
      } catch (error) {
        if (!(error instanceof OutboundAddressRefused)) throw error
        refused.push(key)
      }
    }
    return refused
  }
}

/** The app's policy: CHANNEL_OUTBOUND_ALLOWLIST from the environment, empty by default. */
export const outboundPolicy = new OutboundPolicy(env.get('CHANNEL_OUTBOUND_ALLOWLIST'))

/**
 * The hosts a plugin's settings point the app at: every `url` field and
 * every field named like a host (`host`, `smtpHost`).
 */
export function outboundHosts(
  form: { key: string; type: string }[],
  settings: Record<string, unknown>
): { key: string; host: string }[] {
  const hosts: { key: string; host: string }[] = []
  for (const field of form) {
    const value = settings[field.key]
    if (typeof value !== 'string' || !value.trim()) continue
    if (field.type === 'url') {
      try {
        hosts.push({ key: field.key, host: new URL(value).hostname })
      } catch {}
    } else if (/host$/i.test(field.key)) {
      hosts.push({ key: field.key, host: value })
    }
  }
  return hosts
}
