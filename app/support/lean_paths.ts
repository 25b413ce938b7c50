/**
 * Requests served on the lean stack: the public JSON API (the citizen chat
 * API included), channel webhooks, Transmit's live streams, the chat client
 * script, the health check and the server-rendered citizen pages (/k/…). They need
 * no static files, no Inertia and no session; skipping those keeps them
 * fast (see bench:api, bench:public).
 */
export function isLeanPath(url: string) {
  return (
    url.startsWith('/api/') ||
    url.startsWith('/k/') ||
    url.startsWith('/demo/') ||
    url.startsWith('/webhooks/') ||
    url.startsWith('/__transmit/') ||
    url === '/chat/client.js' ||
    url === '/chat/client.css' ||
    url === '/health'
  )
}
