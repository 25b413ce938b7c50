import type { ConversationMessageDto } from '@app/transformers/conversation_types'

/**
 * The staff console's JSON calls (start/routes/staff.ts): same-origin, with
 * the session cookie and Shield's XSRF token.
 */
function xsrfToken() {
  const match = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]+)/)
  return match ? decodeURIComponent(match[1]) : ''
}

export class ConsoleError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>
  ) {
    super(`HTTP ${status}`)
  }
}

export async function consoleCall<T>(method: 'GET' | 'POST', path: string, body?: unknown) {
  const response = await fetch(path, {
    method,
    headers: {
      'Accept': 'application/json',
      'Content-Type': 'application/json',
      'X-XSRF-TOKEN': xsrfToken(),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  })
  const text = await response.text()
  const json = text ? JSON.parse(text) : {}
  if (!response.ok) throw new ConsoleError(response.status, json)
  return json as T
}

export const conversationPath = (id: number, action = '') => `/staff/conversations/${id}${action}`

export type MessagesResponse = { messages: ConversationMessageDto[] }

export const newClientId = () =>
  `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`

/** Fills the placeholders we know in a canned answer; the rest stay for staff to edit. */
export function fillPlaceholders(text: string, values: Record<string, string>) {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match)
}
