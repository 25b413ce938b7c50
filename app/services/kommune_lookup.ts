import Kommune from '#models/kommune'

const TTL_MS = 60_000
const cache = new Map<string, { kommune: Kommune | null; until: number }>()

/**
 * Kommune by official code for the public API, cached for a minute: the
 * widget asks on every keystroke, and kommuner change a few times a year.
 */
export async function kommuneByCode(code: string) {
  const hit = cache.get(code)
  if (hit && hit.until > Date.now()) return hit.kommune
  const kommune = await Kommune.findBy('code', code)
  cache.set(code, { kommune, until: Date.now() + TTL_MS })
  return kommune
}
