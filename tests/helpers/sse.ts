import { appBase } from '#tests/helpers/channel_provider'

/**
 * A real SSE client against the test server (Transmit's wire format:
 * `data: {"channel": …, "payload": …}`), for tests that must see what a
 * browser would receive.
 */
export class SseClient {
  events: { channel: string; payload: Record<string, unknown> }[] = []
  #controller = new AbortController()
  #waiters: (() => void)[] = []
  #done: Promise<void> = Promise.resolve()

  constructor(
    readonly uid: string,
    readonly base = appBase(),
    /** The Cookie header to send (staff streams need their session). */
    readonly cookie?: string
  ) {}

  #headers(extra: Record<string, string> = {}) {
    return this.cookie ? { ...extra, cookie: this.cookie } : extra
  }

  async connect() {
    const response = await fetch(
      `${this.base}/__transmit/events?uid=${encodeURIComponent(this.uid)}`,
      {
        signal: this.#controller.signal,
        headers: this.#headers(),
      }
    )
    if (!response.ok || !response.body) return response.status
    this.#done = this.#read(response.body).catch(() => {})
    return response.status
  }

  async #read(body: ReadableStream<Uint8Array>) {
    const decoder = new TextDecoder()
    let buffer = ''
    for await (const chunk of body) {
      buffer += decoder.decode(chunk, { stream: true })
      let end = buffer.indexOf('\n\n')
      while (end >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('\n')
        if (data) this.#push(data)
        end = buffer.indexOf('\n\n')
      }
    }
  }

  #push(data: string) {
    try {
      const parsed = JSON.parse(data) as { channel?: string; payload?: Record<string, unknown> }
      if (parsed.channel)
        this.events.push({ channel: parsed.channel, payload: parsed.payload ?? {} })
    } catch {
      return
    }
    for (const wake of this.#waiters.splice(0)) wake()
  }

  /** Subscribes through `base` (by default the instance holding the stream). */
  async subscribe(channel: string, base = this.base) {
    const response = await fetch(`${base}/__transmit/subscribe`, {
      method: 'POST',
      headers: this.#headers({ 'content-type': 'application/json' }),
      body: JSON.stringify({ uid: this.uid, channel }),
    })
    return response.status
  }

  /** Resolves once an event matches, or rejects after `ms`. */
  async waitFor(match: (event: SseClient['events'][number]) => boolean, ms = 3000) {
    const deadline = Date.now() + ms
    while (true) {
      const found = this.events.find(match)
      if (found) return found
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`No matching SSE event within ${ms} ms`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.#waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  async close() {
    this.#controller.abort()
    await this.#done
  }
}

/**
 * A factory of SSE clients for a test group; every client a test opened is
 * closed after that test, so no stream outlives it.
 */
export function sseClientsFor(group: { each: { teardown: (fn: () => Promise<void>) => void } }) {
  const clients: SseClient[] = []
  group.each.teardown(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()))
  })
  return (uid: string, cookie?: string) => {
    const client = new SseClient(uid, undefined, cookie)
    clients.push(client)
    return client
  }
}
