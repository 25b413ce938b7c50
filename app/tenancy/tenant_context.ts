import { AsyncLocalStorage } from 'node:async_hooks'
import type Kommune from '#models/kommune'
import type Membership from '#models/membership'

/**
 * The tenant a piece of work runs for. HTTP middleware enters it for a
 * request; jobs enter it from their payload's kommuneId. Services that need
 * "the current kommune" ask here instead of threading it through every call.
 */
export interface TenantScope {
  kommune: Kommune
  /** Present on staff surfaces; absent for citizens and jobs. */
  membership?: Membership
}

const storage = new AsyncLocalStorage<TenantScope>()

export class MissingTenantError extends Error {
  constructor() {
    super('This code must run inside a tenant (kommune) context')
  }
}

export const tenantContext = {
  /** Runs `fn` with `scope` as the current tenant. */
  run<T>(scope: TenantScope, fn: () => T): T {
    return storage.run(scope, fn)
  },

  /** The current tenant scope, if any. */
  current(): TenantScope | undefined {
    return storage.getStore()
  },

  /** The current kommune; throws when called outside a tenant. */
  kommune(): Kommune {
    const scope = storage.getStore()
    if (!scope) throw new MissingTenantError()
    return scope.kommune
  },
}
