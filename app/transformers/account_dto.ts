import type Kommune from '#models/kommune'
import type Membership from '#models/membership'
import type User from '#models/user'
import type { Role } from '#tenancy/roles'

/**
 * The only shapes of accounts and kommuner that reach pages or JSON.
 */
export type KommuneDto = {
  id: number
  code: string
  name: string
  slug: string
  region: string | null
  country: string
  timezone: string
  population: number | null
}

export type MembershipDto = {
  id: number
  role: Role
  kommune: KommuneDto | null
}

export type UserDto = {
  id: number
  fullName: string
  email: string
  locale: string | null
}

export function toKommuneDto(kommune: Kommune): KommuneDto {
  return {
    id: kommune.id,
    code: kommune.code,
    name: kommune.name,
    slug: kommune.slug,
    region: kommune.region,
    country: kommune.country,
    timezone: kommune.timezone,
    population: kommune.population,
  }
}

export function toMembershipDto(membership: Membership): MembershipDto {
  return {
    id: membership.id,
    role: membership.role,
    kommune: membership.kommune ? toKommuneDto(membership.kommune) : null,
  }
}

export function toUserDto(user: User): UserDto {
  return { id: user.id, fullName: user.fullName, email: user.email, locale: user.locale }
}
