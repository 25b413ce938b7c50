/**
 * Where the citizen chat client is served (start/routes/chat_client.ts).
 * Pages and the widget offer "chat with us" only where the kommune has an
 * enabled chat connection and the policy offers chat for the area, and
 * they load this script on demand — never before the citizen asks.
 */
export const CHAT_CLIENT_PATH = '/chat/client.js'

export function chatClientUrl(): string {
  return CHAT_CLIENT_PATH
}
