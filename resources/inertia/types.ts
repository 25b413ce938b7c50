/**
 * Shapes the server sends (mirrors app/transformers/*). Kept by hand: the
 * DTOs are small and this keeps the client build free of server imports.
 */
export type Role = 'editor' | 'admin' | 'staff' | 'manager'

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

export type NavItem = {
  label: string
  href: string
}

export type SharedProps = {
  locale: 'da' | 'en' | 'sv'
  user: UserDto | null
  membership: MembershipDto | null
  memberships: MembershipDto[]
  nav: NavItem[]
  knownIssues: {
    id: number
    title: string
    message: string
    severity: 'info' | 'warning'
    endsAt: string
  }[]
  flash: { success: string | null; error: string | null; sentMessageId?: number | null }
  errors: Record<string, string>
}
