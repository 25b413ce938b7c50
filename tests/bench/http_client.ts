import { request } from 'node:http'

/**
 * A tiny cookie-keeping HTTP client for benchmarks: keep-alive, one
 * connection, measures each request's time to the last byte.
 */
export class BenchClient {
  #cookies = new Map<string, string>()

  constructor(private base: string) {}

  async call(
    method: string,
    path: string,
    options: { headers?: Record<string, string>; body?: string } = {}
  ) {
    const started = process.hrtime.bigint()
    const { status, headers, body } = await new Promise<{
      status: number
      headers: Record<string, any>
      body: string
    }>((resolve, reject) => {
      const req = request(
        `${this.base}${path}`,
        {
          method,
          headers: {
            ...options.headers,
            cookie: [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          },
        },
        (res) => {
          let data = ''
          res.setEncoding('utf8')
          res.on('data', (chunk) => (data += chunk))
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data })
          )
        }
      )
      req.on('error', reject)
      if (options.body) req.write(options.body)
      req.end()
    })
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    for (const cookie of (headers['set-cookie'] as string[] | undefined) ?? []) {
      const [pair] = cookie.split(';')
      const [name, ...value] = pair.split('=')
      this.#cookies.set(name.trim(), value.join('='))
    }
    return { status, body, ms }
  }

  cookie(name: string) {
    return this.#cookies.get(name)
  }
}

export function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
