import Kommune from '#models/kommune'
import { publicCache } from '#portal/public_cache'

/**
 * Kommune by official code for the public API: the widget asks on every
 * keystroke. Held in the public cache's cross-kommune slot, so it is bounded
 * (an attacker's random codes cannot grow it without limit) and dropped on
 * every instance the moment a kommune is saved (providers/public_cache_provider.ts),
 * instead of a private map with a timer.
 */
export function kommuneByCode(code: string): Promise<Kommune | null> {
  return publicCache.remember(0, `code:${code}`, () => Kommune.findBy('code', code))
}
