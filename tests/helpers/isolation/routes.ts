import router from '@adonisjs/core/services/router'

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'

export interface WalkedRoute {
  name: string
  pattern: string
  method: Method
  params: string[]
}

/**
 * Every route the router holds at test time, one entry per method (HEAD is
 * GET's twin). Read from the live router, so a route added tomorrow is
 * walked tomorrow without anyone listing it.
 */
export function allRoutes(): WalkedRoute[] {
  return Object.values(router.toJSON())
    .flat()
    .flatMap((route) =>
      route.methods
        .filter((method) => method !== 'HEAD')
        .map((method) => ({
          name: route.name ?? `${method} ${route.pattern}`,
          pattern: route.pattern,
          method: method.toLowerCase() as Method,
          params: [...route.pattern.matchAll(/:(\w+)/g)].map((match) => match[1]),
        }))
    )
}

/** The URL of a route with each `:param` (and a wildcard) filled from `values`. */
export function urlFor(route: WalkedRoute, values: Record<string, string>) {
  return route.pattern
    .replace(/:(\w+)\??/g, (_, param: string) => encodeURIComponent(values[param]))
    .replace(/\*$/, 'walk')
}

/** Fails with the route's name instead of a bare suite timeout when a request hangs. */
export async function timed<T>(label: string, request: PromiseLike<T>, ms = 5000): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} took longer than ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([request, timeout])
  } finally {
    clearTimeout(timer)
  }
}
