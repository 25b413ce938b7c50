/**
 * The citizen chat API as the client calls it (see start/routes/chat.ts).
 * Every call after opening carries the visitor token.
 */
export type ChatStatus = {
  kommune: { code: string; name: string }
  enabled: boolean
  open: boolean
  reason: 'hours' | 'closed_day' | 'unconfigured' | null
  welcome: string | null
  alternatives: { email: boolean; callback: boolean }
  serviceAreas: { slug: string; name: string }[]
}

export type ChatMessage = {
  seq: number
  author: 'citizen' | 'staff' | 'system'
  body: string
  clientId: string | null
  createdAt: string
}

export type ConversationState = {
  id: number
  status: 'waiting' | 'active' | 'closed'
  lastSeq: number
  queuePosition: number | null
  csat: number | null
  canEmailTranscript: boolean
}

export type Session = { conversationId: number; visitorToken: string }

export class ChatApi {
  session: Session | null = null

  constructor(
    private baseUrl: string,
    private kommune: string,
    /** sessionStorage key: the conversation survives a page load in the same tab, not beyond. */
    private storageKey = `vejviser-chat:${kommune}`
  ) {}

  save() {
    if (this.session) sessionStorage.setItem(this.storageKey, JSON.stringify(this.session))
  }

  restore() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(this.storageKey) ?? 'null')
      if (saved?.conversationId && saved?.visitorToken) this.session = saved
    } catch {
      this.session = null
    }
    return this.session !== null
  }

  forget() {
    sessionStorage.removeItem(this.storageKey)
    this.session = null
  }

  async #call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    if (this.session) headers.Authorization = `Bearer ${this.session.visitorToken}`
    const response = await fetch(`${this.baseUrl}/api/v1/chat${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
    })
    if (!response.ok)
      throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status })
    return (response.status === 204 ? null : await response.json()) as T
  }

  #own(path = '') {
    return `/conversations/${this.session!.conversationId}${path}`
  }

  status(locale: string) {
    return this.#call<ChatStatus>('GET', `/${this.kommune}?locale=${encodeURIComponent(locale)}`)
  }

  async open(input: Record<string, string | null>) {
    const opened = await this.#call<{
      conversationId: number
      visitorToken: string
      streamUid: string
      queuePosition: number | null
    }>('POST', `/${this.kommune}/conversations`, input)
    this.session = { conversationId: opened.conversationId, visitorToken: opened.visitorToken }
    return opened
  }

  offline(input: Record<string, string | null>) {
    return this.#call<{ received: boolean }>('POST', `/${this.kommune}/offline`, input)
  }

  state() {
    return this.#call<ConversationState>('GET', this.#own())
  }

  messagesAfter(seq: number) {
    return this.#call<{ messages: ChatMessage[] }>('GET', this.#own(`/messages?after=${seq}`))
  }

  send(body: string, clientId: string) {
    return this.#call<{ message: ChatMessage }>('POST', this.#own('/messages'), { body, clientId })
  }

  typing() {
    return this.#call<null>('POST', this.#own('/typing'))
  }

  async streamUid() {
    return (await this.#call<{ streamUid: string }>('POST', this.#own('/stream'))).streamUid
  }

  close() {
    return this.#call<{ status: string }>('POST', this.#own('/close'))
  }

  rate(csat: number) {
    return this.#call<{ csat: number }>('POST', this.#own('/rating'), { csat })
  }

  transcript(email: string) {
    return this.#call<{ queued: boolean }>('POST', this.#own('/transcript'), { email })
  }
}
