import limiter from '@adonisjs/limiter/services/main'

/**
 * At most 5 failed logins per minute for one e-mail from one IP; the 6th
 * is refused with 429 and Retry-After until the minute has passed. Keyed on
 * both so one attacker cannot lock a colleague out from another machine.
 */
const loginLimiter = () => limiter.use({ requests: 5, duration: '1 min', blockDuration: '1 min' })

export function loginThrottleKey(email: string, ip: string) {
  return `login:${email.toLowerCase()}:${ip}`
}

export const loginThrottle = {
  /** Runs `attempt`; a throw counts as a failure. Returns seconds to wait when blocked. */
  async guard<T>(key: string, attempt: () => Promise<T>) {
    const [error, result] = await loginLimiter().penalize(key, attempt)
    if (error) return { blockedFor: Math.max(1, Math.ceil(error.response.availableIn)) } as const
    return { result } as const
  },

  async reset(key: string) {
    await loginLimiter().delete(key)
  },
}
