import { maskCpr } from '../../app/support/mask_cpr.js'
import type { ChatApi, ChatMessage, ChatStatus } from './client_api.js'
import type { Translate } from './client_text.js'
import { h, uid } from './dom.js'
import { Live } from './live.js'
import { composer, messageLine, offlineForm, ratingForm, transcriptForm } from './client_forms.js'

type ViewOptions = {
  api: ChatApi
  baseUrl: string
  t: Translate
  locale: string
  pageUrl: string
  pageTitle: string
  callbackUrl: string | null
  /** Asked in the widget before the chat: becomes the first message. */
  question?: string | null
}

const TYPING_EVERY_MS = 3000
export const newClientId = () =>
  `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`.slice(0, 40)

/**
 * The chat client's screens: loading → closed (alternatives) or pre-chat →
 * conversation (queue position, messages, typing) → ended (rating,
 * transcript). Messages are shown in seq order; a live event that skips a
 * seq, or a reconnection, makes it fetch the gap instead.
 */
export class ChatView {
  #root: HTMLElement
  #status: ChatStatus | null = null
  #live: Live | null = null
  #lastSeq = 0
  #log: HTMLElement | null = null
  #logBox: HTMLElement | null = null
  #notice: HTMLElement | null = null
  #typingNote: HTMLElement | null = null
  #typingTimer: ReturnType<typeof setTimeout> | undefined
  #lastTypingSent = 0
  #pending = new Map<string, HTMLElement>()
  #canEmailTranscript = false
  #ended = false

  constructor(
    container: ParentNode,
    private o: ViewOptions
  ) {
    this.#root = h('section', { 'class': 'vvchat', 'aria-labelledby': uid('title') })
    for (const old of Array.from(container.children)) if (old.matches('.vvchat')) old.remove()
    // append, not replace: a shadow root may also hold the fallback stylesheet link.
    container.append(this.#root)
  }

  async start() {
    this.#screen(h('p', { role: 'status' }, this.o.t('loading')))
    try {
      this.#status = await this.o.api.status(this.o.locale)
    } catch {
      return this.#screen(h('p', { role: 'alert' }, this.o.t('unavailable')))
    }
    const saved = this.o.api.restore()
    if (saved) return this.#resume()
    if (!this.#status.open) return this.#closedScreen()
    this.#preChatScreen()
  }

  destroy() {
    this.#live?.stop()
    clearTimeout(this.#typingTimer)
    this.#root.remove()
  }

  /** Replaces the content under the heading; focus moves to the new screen's first control. */
  #screen(...content: Node[]) {
    const title = h(
      'h2',
      { id: this.#root.getAttribute('aria-labelledby')! },
      this.o.t('title', { kommune: this.#status?.kommune.name ?? '' })
    )
    this.#root.replaceChildren(title, ...content)
  }

  #focusFirst() {
    this.#root.querySelector<HTMLElement>('input, select, textarea, button')?.focus()
  }

  #closedScreen() {
    const status = this.#status!
    const reason = !status.enabled
      ? this.o.t('not_offered')
      : status.reason === 'closed_day'
        ? this.o.t('closed_day')
        : this.o.t('closed')
    const parts: Node[] = [h('p', { role: 'status' }, reason)]
    if (status.alternatives.email) parts.push(offlineForm(this.o.t, this.o.api, this.o))
    if (status.alternatives.callback && this.o.callbackUrl) {
      parts.push(
        h(
          'p',
          {},
          this.o.t('callback_intro'),
          ' ',
          h('a', { href: this.o.callbackUrl }, this.o.t('callback_link'))
        )
      )
    }
    this.#screen(...parts)
  }

  #preChatScreen() {
    const topicId = uid('topic')
    const nameId = uid('name')
    const select = h(
      'select',
      { id: topicId, name: 'serviceArea' },
      h('option', { value: '' }, this.o.t('topic_none')),
      ...this.#status!.serviceAreas.map((area) => h('option', { value: area.slug }, area.name))
    )
    const form = h(
      'form',
      { onsubmit: (event: Event) => this.#open(event) },
      h('p', {}, this.o.t('prechat_intro')),
      h('label', { for: topicId }, this.o.t('topic')),
      select,
      h('label', { for: nameId }, this.o.t('name')),
      h('input', {
        id: nameId,
        name: 'name',
        type: 'text',
        autocomplete: 'given-name',
        maxlength: 100,
      }),
      h('button', { type: 'submit' }, this.o.t('start'))
    )
    this.#screen(form)
  }

  async #open(event: Event) {
    event.preventDefault()
    const data = new FormData(event.target as HTMLFormElement)
    const area = String(data.get('serviceArea') ?? '')
    const name = String(data.get('name') ?? '').trim()
    try {
      const opened = await this.o.api.open({
        pageUrl: this.o.pageUrl,
        pageTitle: this.o.pageTitle,
        serviceArea: area || null,
        name: name ? maskCpr(name) : null,
        locale: this.o.locale,
      })
      this.o.api.save()
      this.#conversationScreen(opened.queuePosition)
      // The question typed before the chat, masked like every line the citizen sends.
      if (this.o.question) void this.#send(maskCpr(this.o.question), newClientId())
      await this.#connect(opened.streamUid)
    } catch (error) {
      if ((error as { status?: number }).status === 409) return this.#closedScreen()
      this.#screen(h('p', { role: 'alert' }, this.o.t('unavailable')))
    }
  }

  async #resume() {
    try {
      const state = await this.o.api.state()
      this.#canEmailTranscript = state.canEmailTranscript
      this.#conversationScreen(state.queuePosition)
      await this.#fetchGap()
      if (state.status === 'closed') return this.#endedScreen(state.csat !== null)
      await this.#connect(await this.o.api.streamUid())
    } catch {
      this.o.api.forget()
      void this.start()
    }
  }

  #conversationScreen(queuePosition: number | null) {
    this.#notice = h('p', { 'class': 'vvchat-note', 'role': 'status', 'aria-live': 'polite' })
    this.#setQueue(queuePosition)
    this.#log = h('ol', { class: 'vvchat-lines' })
    // A log landmark around a real list; focusable so keyboard users can scroll it.
    this.#logBox = h(
      'div',
      {
        'class': 'vvchat-log',
        'role': 'log',
        'aria-live': 'polite',
        'aria-label': this.o.t('messages'),
        'tabindex': 0,
      },
      this.#log
    )
    this.#typingNote = h('p', { 'class': 'vvchat-note', 'aria-live': 'polite' })
    const { form, focus } = composer(this.o.t, {
      send: (body) => this.#send(body, newClientId()),
      typed: () => this.#typed(),
      end: () => this.#end(),
    })
    const welcome = this.#status?.welcome ? h('p', {}, this.#status.welcome) : null
    this.#screen(
      ...[welcome, this.#notice, this.#logBox, this.#typingNote, form].filter(
        (n): n is HTMLElement => n !== null
      )
    )
    focus()
  }

  #setQueue(position: number | null) {
    if (!this.#notice) return
    this.#notice.textContent =
      position !== null ? this.o.t('queue_position', { position }) : this.o.t('connected')
  }

  /** Shows the line at once, then sends it; a failed send is retried with the same client id. */
  async #send(body: string, clientId: string, attempt = 0): Promise<void> {
    if (!this.#pending.has(clientId)) {
      const item = messageLine(this.o.t, 'citizen', body)
      item.setAttribute('aria-busy', 'true')
      this.#pending.set(clientId, item)
      this.#log?.append(item)
    }
    try {
      const { message } = await this.o.api.send(body, clientId)
      this.#place(message)
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 409) return this.#endedScreen(false)
      if (attempt < 5) {
        this.#pending.get(clientId)?.setAttribute('title', this.o.t('not_sent'))
        await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt))
        return this.#send(body, clientId, attempt + 1)
      }
    }
  }

  #typed() {
    const now = Date.now()
    if (now - this.#lastTypingSent < TYPING_EVERY_MS) return
    this.#lastTypingSent = now
    void this.o.api.typing().catch(() => {})
  }

  /** Puts a committed message in its place: once, in seq order, fetching any gap first. */
  #place(message: ChatMessage) {
    if (message.seq <= this.#lastSeq) {
      if (message.clientId) this.#settle(message)
      return
    }
    if (message.seq > this.#lastSeq + 1) {
      void this.#fetchGap()
      return
    }
    this.#lastSeq = message.seq
    this.o.api.save()
    if (message.clientId && this.#pending.has(message.clientId)) this.#settle(message)
    else this.#log?.append(messageLine(this.o.t, message.author, message.body))
    if (message.author === 'system') this.#endedScreen(false)
  }

  #settle(message: ChatMessage) {
    const item = message.clientId ? this.#pending.get(message.clientId) : undefined
    if (!item) return
    item.removeAttribute('aria-busy')
    item.removeAttribute('title')
    this.#pending.delete(message.clientId!)
  }

  async #fetchGap() {
    const { messages } = await this.o.api.messagesAfter(this.#lastSeq)
    for (const message of messages) this.#place(message)
  }

  async #connect(streamUid: string) {
    const conversationId = this.o.api.session!.conversationId
    let first = true
    this.#live = new Live({
      baseUrl: this.o.baseUrl,
      uid: async () => (first ? ((first = false), streamUid) : this.o.api.streamUid()),
      onConnected: () => void this.#fetchGap().catch(() => {}),
    })
    await this.#live.listen(`chat/conversations/${conversationId}`, (event) => this.#onEvent(event))
    await this.#live.start()
  }

  #onEvent(event: Record<string, unknown>) {
    if (event.type === 'message') {
      const message = event.message as ChatMessage
      if (message.author === 'staff') this.#showTyping(false)
      this.#place(message)
    } else if (event.type === 'typing' && event.author === 'staff') {
      this.#showTyping(true)
    } else if (event.type === 'queue') {
      this.#setQueue(Number(event.position))
    } else if (event.type === 'status') {
      if (event.status === 'active') this.#setQueue(null)
      if (event.status === 'closed') void this.#fetchGap().then(() => this.#endedScreen(false))
    }
  }

  #showTyping(on: boolean) {
    if (!this.#typingNote) return
    clearTimeout(this.#typingTimer)
    this.#typingNote.textContent = on ? this.o.t('typing') : ''
    if (on) this.#typingTimer = setTimeout(() => this.#showTyping(false), 5000)
  }

  async #end() {
    await this.o.api.close().catch(() => {})
    await this.#fetchGap().catch(() => {})
    this.#endedScreen(false)
  }

  #endedScreen(rated: boolean) {
    if (this.#ended) return
    this.#ended = true
    this.#live?.stop()
    const parts: Node[] = [h('p', { role: 'status' }, this.o.t('ended'))]
    if (this.#logBox) parts.push(this.#logBox)
    if (!rated) parts.push(ratingForm(this.o.t, this.o.api))
    if (this.#canEmailTranscript || this.#status?.alternatives.email)
      parts.push(transcriptForm(this.o.t, this.o.api))
    parts.push(
      h(
        'button',
        {
          type: 'button',
          class: 'vvchat-secondary',
          onclick: () => {
            this.o.api.forget()
            this.#ended = false
            this.#lastSeq = 0
            void this.start()
          },
        },
        this.o.t('new_chat')
      )
    )
    this.#screen(...parts)
    this.#focusFirst()
  }
}
