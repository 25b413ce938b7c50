import { existsSync } from 'node:fs'
import app from '@adonisjs/core/services/app'

/**
 * Where the citizen chat client lives (built by the conversations work).
 * The pages and the widget offer "chat with us" only when it exists, and
 * load it on demand from this URL — never before the citizen asks.
 */
export const CHAT_CLIENT_PATH = '/chat/citizen_chat.js'

let cached: string | null | undefined

export function chatClientUrl(): string | null {
  if (cached === undefined) {
    cached = existsSync(app.publicPath(CHAT_CLIENT_PATH.slice(1))) ? CHAT_CLIENT_PATH : null
  }
  return cached
}
