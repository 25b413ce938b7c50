import { maskCpr } from '../../app/support/mask_cpr.js'
import type { ChatApi, ChatMessage } from './client_api.js'
import type { Translate } from './client_text.js'
import { h, uid } from './dom.js'

/**
 * The chat client's small forms: a question by e-mail when the chat is
 * closed, the 1–5 rating at the end, and "send me the conversation".
 * Each replaces itself with a status line once sent.
 */
export function offlineForm(
  t: Translate,
  api: ChatApi,
  page: { pageUrl: string; pageTitle: string }
) {
  const emailId = uid('email')
  const questionId = uid('question')
  const done = h('p', { 'role': 'status', 'aria-live': 'polite' })
  const form = h(
    'form',
    {
      onsubmit: async (event: Event) => {
        event.preventDefault()
        const data = new FormData(event.target as HTMLFormElement)
        await api.offline({
          email: String(data.get('email')),
          body: maskCpr(String(data.get('body'))),
          pageUrl: page.pageUrl,
          pageTitle: page.pageTitle,
        })
        form.replaceWith(done)
        done.textContent = t('offline_sent')
      },
    },
    h('p', {}, t('offline_intro')),
    h('label', { for: emailId }, t('email')),
    h('input', {
      id: emailId,
      name: 'email',
      type: 'email',
      autocomplete: 'email',
      required: true,
    }),
    h('label', { for: questionId }, t('question')),
    h('textarea', { id: questionId, name: 'body', rows: 4, required: true, maxlength: 2000 }),
    h('button', { type: 'submit' }, t('send_question'))
  )
  return h('div', {}, form, done)
}

export function ratingForm(t: Translate, api: ChatApi) {
  const legendId = uid('csat')
  const thanks = h('p', { 'role': 'status', 'aria-live': 'polite' })
  const form = h(
    'form',
    {
      onsubmit: async (event: Event) => {
        event.preventDefault()
        const csat = Number(new FormData(form as HTMLFormElement).get('csat'))
        if (!csat) return
        await api.rate(csat).catch(() => {})
        form.replaceWith(thanks)
        thanks.textContent = t('thanks')
      },
    },
    h(
      'fieldset',
      { 'aria-labelledby': legendId },
      h('legend', { id: legendId }, t('csat_legend')),
      ...[1, 2, 3, 4, 5].map((value) =>
        h(
          'label',
          {},
          h('input', { type: 'radio', name: 'csat', value, required: value === 1 }),
          t(`csat_${value}` as 'csat_1')
        )
      )
    ),
    h('button', { type: 'submit' }, t('rate'))
  )
  return h('div', {}, form, thanks)
}

export function transcriptForm(t: Translate, api: ChatApi) {
  const emailId = uid('transcript')
  const done = h('p', { 'role': 'status', 'aria-live': 'polite' })
  const form = h(
    'form',
    {
      onsubmit: async (event: Event) => {
        event.preventDefault()
        const email = String(new FormData(form as HTMLFormElement).get('email'))
        await api.transcript(email).catch(() => {})
        done.textContent = t('transcript_sent')
      },
    },
    h('label', { for: emailId }, t('transcript')),
    h('input', {
      id: emailId,
      name: 'email',
      type: 'email',
      autocomplete: 'email',
      required: true,
    }),
    h('button', { type: 'submit', class: 'vvchat-secondary' }, t('send'))
  )
  return h('div', {}, form, done)
}

/**
 * The message box: Enter sends, Shift+Enter breaks the line. Text that
 * looks like a CPR number is held back with a warning first; the citizen
 * edits it or sends it with the number masked.
 */
export function composer(
  t: Translate,
  actions: { send(body: string): Promise<void>; typed(): void; end(): void }
) {
  const messageId = uid('message')
  const textarea = h('textarea', {
    id: messageId,
    name: 'body',
    rows: 3,
    maxlength: 2000,
    required: true,
    oninput: () => actions.typed(),
    onkeydown: (event: Event) => {
      const key = event as KeyboardEvent
      if (key.key === 'Enter' && !key.shiftKey) {
        key.preventDefault()
        form.requestSubmit()
      }
    },
  }) as HTMLTextAreaElement
  const warning = h('div', { class: 'vvchat-warning', role: 'alert', hidden: true })
  const warn = (body: string) => {
    warning.hidden = false
    warning.replaceChildren(
      h('p', {}, t('cpr_warning')),
      h(
        'button',
        {
          type: 'button',
          class: 'vvchat-secondary',
          onclick: () => {
            warning.hidden = true
            textarea.focus()
          },
        },
        t('cpr_edit')
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            textarea.value = maskCpr(body)
            warning.hidden = true
            form.requestSubmit()
          },
        },
        t('cpr_send_masked')
      )
    )
  }
  const form = h(
    'form',
    {
      onsubmit: async (event: Event) => {
        event.preventDefault()
        const body = textarea.value.trim()
        if (!body) return
        if (maskCpr(body) !== body && warning.hidden) return warn(body)
        warning.hidden = true
        textarea.value = ''
        await actions.send(maskCpr(body))
        textarea.focus()
      },
    },
    h('label', { for: messageId }, t('message')),
    textarea,
    warning,
    h('button', { type: 'submit' }, t('send')),
    h(
      'button',
      { type: 'button', class: 'vvchat-secondary', onclick: () => actions.end() },
      t('end')
    )
  ) as HTMLFormElement
  return { form, focus: () => textarea.focus() }
}

/** One line of the conversation; system lines carry a code, shown as text. */
export function messageLine(t: Translate, author: ChatMessage['author'], body: string) {
  const who = author === 'citizen' ? t('you') : author === 'staff' ? t('staff') : ''
  const text =
    author === 'system'
      ? t(body === 'closed_by_staff' ? 'system_closed_by_staff' : 'system_closed_by_citizen')
      : body
  return h(
    'li',
    { class: `vvchat-${author}` },
    who ? h('span', { class: 'vvchat-who' }, `${who}:`) : null,
    text
  )
}
