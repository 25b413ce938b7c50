/**
 * Requests served on the lean stack: the public JSON API, channel webhooks
 * and the health check. They need no static files, no Inertia and no
 * session; skipping those keeps the public API fast (see bench:api).
 */
export function isLeanPath(url: string) {
  return url.startsWith('/api/') || url.startsWith('/webhooks/') || url === '/health'
}
