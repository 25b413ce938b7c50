/**
 * Shapes the server sends (mirrors app/transformers/*). Kept by hand: the
 * DTOs are small and this keeps the client build free of server imports.
 */
export type Role = 'editor' | 'admin' | 'staff' | 'manager'

export interface KommuneDto {
  id: number
  code: string
  name: string
  slug: string
  region: string | null
  country: string
  timezone: string
  population: number | null
}

export interface MembershipDto {
  id: number
  role: Role
  kommune: KommuneDto | null
}

export interface UserDto {
  id: number
  fullName: string
  email: string
  locale: string | null
}

export interface NavItem {
  label: string
  href: string
}

export interface SharedProps {
  locale: 'da' | 'en' | 'sv'
  user: UserDto | null
  membership: MembershipDto | null
  memberships: MembershipDto[]
  nav: NavItem[]
  flash: { success: string | null; error: string | null }
  errors: Record<string, string>
}
