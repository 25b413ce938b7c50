import type { MembershipDto, UserDto } from '#transformers/account_dto'
import type { NavItem } from '#support/nav_item'

/** A national notice (e.g. a MitID outage) shown on top of every staff page. */
export type KnownIssueDto = {
  id: number
  title: string
  message: string
  severity: 'info' | 'warning'
  endsAt: string
}

/**
 * The props every page gets (built by `app/middleware/inertia_middleware.ts`).
 * Pages import this type; the middleware is checked against it.
 */
export type SharedProps = {
  errors: Record<string, string>
  flash: { success: string | null; error: string | null; sentMessageId: number | null }
  locale: 'da' | 'en' | 'sv'
  user: UserDto | null
  membership: MembershipDto | null
  memberships: MembershipDto[]
  nav: NavItem[]
  knownIssues: KnownIssueDto[]
}
