import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * The explicit, greppable escape hatch from "every query names a kommune":
 * national jobs, rollups across kommuner, a hotline's queue over the kommuner
 * it serves, inbound webhooks that find their kommune from the row itself.
 *
 *   await crossKommune('anonymised comparison across kommuner', () => query)
 *
 * The reason is required so `grep -rn crossKommune app` reads as a list of
 * every deliberate cross-kommune read, each with why it is safe.
 */
const storage = new AsyncLocalStorage<{ reason: string }>()

export function crossKommune<T>(reason: string, fn: () => PromiseLike<T>): Promise<T>
export function crossKommune<T>(reason: string, fn: () => T): T
export function crossKommune(reason: string, fn: () => unknown) {
  if (!reason.trim()) throw new Error('crossKommune needs a reason')
  return storage.run({ reason }, () => {
    const result = fn()
    // A Lucid query builder runs when awaited: start it here, inside the scope.
    if (isThenable(result) && !(result instanceof Promise)) {
      return new Promise((resolve, reject) => result.then(resolve, reject))
    }
    return result
  })
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as PromiseLike<unknown>).then === 'function'
  )
}

/** Why the running code may query across kommuner, if it may. */
export function crossKommuneReason(): string | undefined {
  return storage.getStore()?.reason
}
