import { DEMO_PASSWORD } from '#database/demo/demo_users'
import { appBase } from '#tests/helpers/channel_provider'

/**
 * A cookie jar over fetch that behaves like a browser tab on the test
 * server: it keeps the cookies the app sets and answers CSRF with the
 * XSRF-TOKEN cookie, as the Transmit client and Inertia do.
 */
export class BrowserLike {
  cookies = new Map<string, string>()

  /** `base`: another app instance than the test server (multi-instance tests). */
  constructor(readonly base = appBase()) {}

  get cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  async request(
    path: string,
    init: { method?: string; form?: Record<string, string>; json?: unknown } = {}
  ) {
    const headers: Record<string, string> = { cookie: this.cookieHeader }
    const xsrf = this.cookies.get('XSRF-TOKEN')
    if (xsrf) headers['x-xsrf-token'] = decodeURIComponent(xsrf)
    let body: string | undefined
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded'
      body = new URLSearchParams(init.form).toString()
    } else if (init.json !== undefined) {
      headers['content-type'] = 'application/json'
      headers['accept'] = 'application/json'
      body = JSON.stringify(init.json)
    }
    const response = await fetch(`${this.base}${path}`, {
      method: init.method ?? 'GET',
      headers,
      body,
      redirect: 'manual',
    })
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const index = pair.indexOf('=')
      const name = pair.slice(0, index)
      const value = pair.slice(index + 1)
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '')
        this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    return response
  }

  /** Logs in through the real form (GET for the CSRF cookie, then POST). */
  async login(email: string, password = DEMO_PASSWORD) {
    await this.request('/login')
    return this.request('/login', { method: 'POST', form: { email, password } })
  }
}
