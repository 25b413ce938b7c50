import Kommune from '#models/kommune'
import User from '#models/user'

/** A seeded demo user (see database/demo/demo_users.ts). */
export function demoUser(email: string) {
  return User.findByOrFail('email', email)
}

export function kommuneByCode(code: string) {
  return Kommune.findByOrFail('code', code)
}

export const SOROE = '340'
export const SLAGELSE = '330'
export const HOLBAEK = '316'
